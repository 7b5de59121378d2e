import { COHORTS_RESOLVERS } from '@zyklus/cohorts';

/**
 * Every resolver of the API. The server's modules provide them; `npm run schema` builds
 * `schema.gql` from the same list, and an end-to-end test checks that the running server's
 * schema matches the committed file.
 */
export const API_RESOLVERS = [...COHORTS_RESOLVERS];
