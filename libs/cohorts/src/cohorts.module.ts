import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity } from './cohort/cohort.entity';
import { CohortResolver } from './cohort/cohort.resolver';
import { CohortService } from './cohort/cohort.service';
import { ProgrammeByIdLoader } from './programme/programme-by-id.loader';
import { ProgrammeEntity } from './programme/programme.entity';
import { ProgrammeResolver } from './programme/programme.resolver';
import { ProgrammeService } from './programme/programme.service';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const COHORTS_RESOLVERS = [ProgrammeResolver, CohortResolver];

/** Programmes and their cohorts (Qualifizierungsdurchgänge). */
@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeEntity, CohortEntity])],
  providers: [ProgrammeService, CohortService, ProgrammeByIdLoader, ...COHORTS_RESOLVERS],
  exports: [ProgrammeService, CohortService],
})
export class CohortsModule {}
