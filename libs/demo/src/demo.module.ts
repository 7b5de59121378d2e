import { Module } from '@nestjs/common';
import {
  BuddiesModule,
  BuddyFeedbackEntity,
  BuddyGoalEntity,
  BuddyPairingEntity,
  BuddyProfileEntity,
  BuddySessionEntity,
} from '@zyklus/buddies';
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
import { LocalCyclesModule } from '@zyklus/local-cycles';
import { PrivacyModule } from '@zyklus/privacy';
import {
  PeerCaseEntity,
  PeerGroupCohortEntity,
  PeerGroupEntity,
  PeerGroupMemberEntity,
  PeerMinutesEntity,
  PeerRoundAttendanceEntity,
  PeerRoundEntity,
  PeerRoundRoleEntity,
  PeerRoundRsvpEntity,
} from '@zyklus/peer-rounds';
import { ReminderRuleEntity, RemindersModule } from '@zyklus/reminders';
import {
  AttendanceEntity,
  CycleTemplateStepEntity,
  WorkshopChangeEntity,
  WorkshopDayEntity,
  WorkshopEntity,
  WorkshopFacilitatorEntity,
} from '@zyklus/workshops';
import { DemoSeeder } from './demo-seeder';

/**
 * Demo data for a first start on an empty database. It writes the rows of the cohorts and
 * workshops libraries directly (bulk INSERTs), so it registers their entities, not their services;
 * the reminder ledger it leaves to the reminders' own planner.
 */
@Module({
  imports: [
    RemindersModule,
    // Registers the local cycles' entities and their reminder adapter (the demo's local workshop).
    LocalCyclesModule,
    // Registers the buddy programme's reminder kinds, which the demo's ledger plans.
    BuddiesModule,
    PrivacyModule,
    TypeOrmModule.forFeature([
      ProgrammeEntity,
      CohortEntity,
      PersonEntity,
      NetworkEntity,
      CoordinationEntity,
      ParticipationEntity,
      ParticipationChangeEntity,
      CycleTemplateStepEntity,
      WorkshopEntity,
      WorkshopDayEntity,
      WorkshopFacilitatorEntity,
      WorkshopChangeEntity,
      AttendanceEntity,
      ReminderRuleEntity,
      BuddyProfileEntity,
      BuddyPairingEntity,
      BuddySessionEntity,
      BuddyGoalEntity,
      BuddyFeedbackEntity,
      PeerGroupEntity,
      PeerGroupCohortEntity,
      PeerGroupMemberEntity,
      PeerRoundEntity,
      PeerRoundRoleEntity,
      PeerRoundRsvpEntity,
      PeerRoundAttendanceEntity,
      PeerCaseEntity,
      PeerMinutesEntity,
    ]),
  ],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
