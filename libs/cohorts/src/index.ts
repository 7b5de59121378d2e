export { CohortStatus, canChangeCohortStatus, nextCohortStatuses } from './cohort/cohort-status';
export { CohortEntity } from './cohort/cohort.entity';
export { CohortStatusHooks } from './cohort/cohort-status-hooks';
export type { CohortStatusChanged, CohortStatusListener } from './cohort/cohort-status-hooks';
export { Cohort, CohortConnection } from './cohort/cohort.model';
export { CohortService } from './cohort/cohort.service';
export { CreateCohortInput } from './cohort/inputs/create-cohort.input';
export { COHORTS_RESOLVERS, CohortsModule } from './cohorts.module';
export { CreateProgrammeInput } from './programme/inputs/create-programme.input';
export { ProgrammeEntity } from './programme/programme.entity';
export { Programme } from './programme/programme.model';
export { ProgrammeService } from './programme/programme.service';
export { CohortAccess } from './access/cohort-access';
export type { OwnParticipation, ParticipantFacts } from './access/cohort-access';
export { CohortByIdLoader } from './cohort/cohort-by-id.loader';
export { ProgrammeByIdLoader } from './programme/programme-by-id.loader';
export { ParticipationsByCohortLoader } from './participation/participation.loaders';
export { Participation } from './participation/participation.model';
export { OCCUPYING, TAKING_PART } from './participation/participation-status';
export { ParticipationView } from './participation/participation-view';
export { Bundesland, BUNDESLAND_NAMES } from './network/bundesland';
export { NetworkKind } from './network/network-kind';
export { NetworkEntity } from './network/network.entity';
export { NetworkByIdLoader } from './network/network-by-id.loader';
export { NetworkService } from './network/network.service';
export { CoordinationEntity } from './coordination/coordination.entity';
export { CoordinationService } from './coordination/coordination.service';
export { ParticipationStatus } from './participation/participation-status';
export { ParticipationEntity } from './participation/participation.entity';
export { ParticipationChangeEntity } from './participation/participation-change.entity';
export { ParticipationService } from './participation/participation.service';
export { CohortMembershipHooks } from './participation/cohort-membership-hooks';
export type {
  CohortMembershipChanged,
  CohortMembershipListener,
} from './participation/cohort-membership-hooks';
export { participationStatusText } from './participation/participation.errors';
