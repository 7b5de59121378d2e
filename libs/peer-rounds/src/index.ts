export { PeerGroupAccess } from './access/peer-group-access';
export type { OwnMembership } from './access/peer-group-access';
export { PeerCaseEntity } from './case/peer-case.entity';
export { PeerFeedbackEntity } from './feedback/peer-feedback.entity';
export {
  memberOn,
  PeerGroupCohortEntity,
  PeerGroupEntity,
  PeerGroupMemberEntity,
} from './group/peer-group.entity';
export { PeerMinutesEntity } from './minutes/peer-minutes.entity';
export {
  PeerCaseStatus,
  PeerGroupMethod,
  PeerGroupStatus,
  PeerRole,
  PeerRoundFormat,
  PeerRoundStatus,
  RsvpAnswer,
} from './peer-enums';
export { PeerRoundHooks } from './round/peer-round-hooks';
export type { PeerRoundChange, PeerRoundsChanged } from './round/peer-round-hooks';
export {
  PeerRoundAttendanceEntity,
  PeerRoundEntity,
  PeerRoundRoleEntity,
  PeerRoundRsvpEntity,
} from './round/peer-round.entity';
export { RsvpService } from './round/rsvp.service';
export { PeerHolidayCalendar } from './series/holiday-calendar';
export type { HolidayScope } from './series/holiday-calendar';
export { MAX_SERIES_ROUNDS, planSeries } from './series/round-series';
export { PEER_ROUNDS_RESOLVERS, PeerRoundsModule } from './peer-rounds.module';
