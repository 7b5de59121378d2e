import type { Feature } from './feature';
import { attendanceFeature } from '../features/attendance';
import { buddiesFeature } from '../features/buddies';
import { calendarFeature } from '../features/calendar';
import { cohortsFeature } from '../features/cohorts';
import { homeFeature } from '../features/home';
import { localCyclesFeature } from '../features/local-cycles';
import { myCohortFeature } from '../features/my-cohort';
import { peerRoundsFeature } from '../features/peer-rounds';
import { peopleFeature } from '../features/people';
import { planningFeature } from '../features/planning';
import { privacyFeature } from '../features/privacy';
import { profileFeature } from '../features/profile';
import { remindersFeature } from '../features/reminders';
import { signInFeature } from '../features/sign-in';
import { workshopsFeature } from '../features/workshops';

/**
 * Every feature of the app. A new feature is a folder under src/features/ with an index.ts
 * exporting a `Feature`, added here with one line (see README, "Adding pages"). Menu order
 * comes from each entry's `order`, not from this list.
 */
export const features: readonly Feature[] = [
  signInFeature,
  homeFeature,
  workshopsFeature,
  myCohortFeature,
  cohortsFeature,
  planningFeature,
  attendanceFeature,
  localCyclesFeature,
  remindersFeature,
  peerRoundsFeature,
  peopleFeature,
  buddiesFeature,
  calendarFeature,
  profileFeature,
  privacyFeature,
];
