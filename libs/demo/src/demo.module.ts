import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import {
  CohortEntity,
  CoordinationEntity,
  NetworkEntity,
  ParticipationChangeEntity,
  ParticipationEntity,
  ProgrammeEntity,
} from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import { DemoSeeder } from './demo-seeder';

/** Demo data for a first start on an empty database. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ProgrammeEntity,
      CohortEntity,
      PersonEntity,
      NetworkEntity,
      CoordinationEntity,
      ParticipationEntity,
      ParticipationChangeEntity,
    ]),
  ],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
