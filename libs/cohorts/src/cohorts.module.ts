import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@zyklus/identity';
import { PrivacyModule } from '@zyklus/privacy';
import { CohortAccess } from './access/cohort-access';
import { CompletedCohortsLoader } from './alumni/completed-cohorts.loader';
import { PersonAlumniResolver } from './alumni/person-alumni.resolver';
import { CohortByIdLoader } from './cohort/cohort-by-id.loader';
import { CohortEntity } from './cohort/cohort.entity';
import { CohortStatusHooks } from './cohort/cohort-status-hooks';
import { CohortResolver } from './cohort/cohort.resolver';
import { CohortService } from './cohort/cohort.service';
import { CoordinationEntity } from './coordination/coordination.entity';
import { CoordinationResolver } from './coordination/coordination.resolver';
import { CoordinationService } from './coordination/coordination.service';
import { CoordinationsByNetworkLoader } from './coordination/coordinations-by-network.loader';
import { ParticipantsExportController } from './export/participants-export.controller';
import { ParticipantsExport } from './export/participants-export';
import { NetworkByIdLoader } from './network/network-by-id.loader';
import { NetworkDetails } from './network/network-details';
import { NetworkEntity } from './network/network.entity';
import { NetworkResolver } from './network/network.resolver';
import { NetworkService } from './network/network.service';
import { CohortOverviewResolver } from './overview/cohort-overview.resolver';
import { CohortParticipations } from './overview/cohort-participations';
import { CohortParticipationResolver } from './overview/cohort-participation.resolver';
import { CohortMembershipHooks } from './participation/cohort-membership-hooks';
import { ParticipationChangeEntity } from './participation/participation-change.entity';
import { ParticipationChangeResolver } from './participation/participation-change.resolver';
import { ParticipationView } from './participation/participation-view';
import { ParticipationEntity } from './participation/participation.entity';
import { ParticipationChangesLoader } from './participation/participation.loaders';
import {
  ParticipationRecordByIdLoader,
  ParticipationRecords,
  ParticipationRecordsByCohortLoader,
  ParticipationRecordsByNetworkLoader,
} from './participation/participation-records';
import { ParticipationResolver } from './participation/participation.resolver';
import { ParticipationService } from './participation/participation.service';
import { CohortsPersonalData } from './privacy/cohorts-personal-data';
import { ProgrammeByIdLoader } from './programme/programme-by-id.loader';
import { ProgrammeEntity } from './programme/programme.entity';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProgrammeService } from './programme/programme.service';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const COHORTS_RESOLVERS = [
  ProgrammeResolver,
  CohortResolver,
  NetworkResolver,
  CoordinationResolver,
  ParticipationResolver,
  ParticipationChangeResolver,
  CohortParticipationResolver,
  CohortOverviewResolver,
  PersonAlumniResolver,
];

const LOADERS = [
  ProgrammeByIdLoader,
  CohortByIdLoader,
  NetworkByIdLoader,
  CoordinationsByNetworkLoader,
  ParticipationRecordsByCohortLoader,
  ParticipationRecordsByNetworkLoader,
  ParticipationRecordByIdLoader,
  ParticipationChangesLoader,
  CompletedCohortsLoader,
];

/**
 * Programmes, their cohorts (Qualifizierungsdurchgänge), the networks that take part, who
 * coordinates them, and the participations with their waiting lists and alumni.
 */
@Module({
  imports: [
    IdentityModule,
    PrivacyModule,
    TypeOrmModule.forFeature([
      ProgrammeEntity,
      CohortEntity,
      NetworkEntity,
      CoordinationEntity,
      ParticipationEntity,
      ParticipationChangeEntity,
    ]),
  ],
  controllers: [ParticipantsExportController],
  providers: [
    CohortAccess,
    CohortMembershipHooks,
    CohortStatusHooks,
    ProgrammeService,
    CohortService,
    NetworkService,
    CoordinationService,
    ParticipationService,
    ParticipationRecords,
    ParticipationView,
    CohortParticipations,
    NetworkDetails,
    ParticipantsExport,
    CohortsPersonalData,
    ...LOADERS,
    ...COHORTS_RESOLVERS,
  ],
  exports: [
    CohortMembershipHooks,
    CohortStatusHooks,
    ProgrammeService,
    CohortService,
    NetworkService,
    CoordinationService,
    ParticipationService,
    CohortAccess,
    ParticipationView,
    ...LOADERS,
  ],
})
export class CohortsModule {}
