export { BUDDIES_RESOLVERS, BuddiesModule } from './buddies.module';
export {
  BuddyTopic,
  GoalStatus,
  PairingEndReason,
  PairingStatus,
  SessionFormat,
  SessionStatus,
} from './buddy-enums';
export { BuddyProfileEntity } from './profile/buddy-profile.entity';
export { BuddyPairingEntity } from './pairing/buddy-pairing.entity';
export { BuddySessionEntity } from './session/buddy-session.entity';
export { BuddyGoalEntity } from './goal/buddy-goal.entity';
export { BuddyFeedbackEntity } from './feedback/buddy-feedback.entity';
export { score } from './matching/score';
export type { ScoreReason } from './matching/score';
export { assign } from './matching/assignment';
export { BUDDY_SESSION, SessionAudience } from './reminders/buddy-session-source';
export { BUDDY_PAIRING, BuddyNudge, PairingAudience } from './reminders/buddy-pairing-source';
