import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortEntity, ProgrammeEntity } from '@zyklus/cohorts';
import { DemoSeeder } from './demo-seeder';

/** Demo data for a first start on an empty database. */
@Module({
  imports: [TypeOrmModule.forFeature([ProgrammeEntity, CohortEntity])],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
