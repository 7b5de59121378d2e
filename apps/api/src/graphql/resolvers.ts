import { BUDDIES_RESOLVERS } from '@zyklus/buddies';
import { COHORTS_RESOLVERS } from '@zyklus/cohorts';
import { IDENTITY_RESOLVERS } from '@zyklus/identity';
import { LOCAL_CYCLES_RESOLVERS } from '@zyklus/local-cycles';
import { PRIVACY_RESOLVERS } from '@zyklus/privacy';
import { PEER_ROUNDS_RESOLVERS } from '@zyklus/peer-rounds';
import { REMINDERS_RESOLVERS } from '@zyklus/reminders';
import { WORKSHOPS_RESOLVERS } from '@zyklus/workshops';

/**
 * Every resolver of the API. The server's modules provide them; `npm run schema` builds
 * `schema.gql` from the same list, and an end-to-end test checks that the running server's
 * schema matches the committed file.
 */
export const API_RESOLVERS = [
  ...IDENTITY_RESOLVERS,
  ...COHORTS_RESOLVERS,
  ...WORKSHOPS_RESOLVERS,
  ...LOCAL_CYCLES_RESOLVERS,
  ...REMINDERS_RESOLVERS,
  ...BUDDIES_RESOLVERS,
  ...PRIVACY_RESOLVERS,
  ...PEER_ROUNDS_RESOLVERS,
];
