export { PeerCaseEntity } from './case/peer-case.entity';
export {
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
export {
  PeerRoundAttendanceEntity,
  PeerRoundEntity,
  PeerRoundRoleEntity,
  PeerRoundRsvpEntity,
} from './round/peer-round.entity';
export { PEER_ROUNDS_RESOLVERS, PeerRoundsModule } from './peer-rounds.module';
