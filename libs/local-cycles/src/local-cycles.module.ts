import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@zyklus/cohorts';
import { IdentityModule } from '@zyklus/identity';
import { RemindersModule } from '@zyklus/reminders';
import { LocalAccess } from './access/local-access';
import { ContactNotices } from './contacts/contact-notices';
import { UnsubscribeController } from './contacts/unsubscribe.controller';
import { LocalAttendanceEntity } from './attendance/local-attendance.entity';
import { LocalAttendanceService } from './attendance/local-attendance.service';
import { CycleGuard } from './cycle/cycle-guard';
import { LocalCyclePlanningService } from './cycle/local-cycle-planning.service';
import { LocalCycleReader } from './cycle/local-cycle-reader';
import { LocalCycleEntity } from './cycle/local-cycle.entity';
import { LocalCycleResolver } from './cycle/local-cycle.resolver';
import { LocalCycleService } from './cycle/local-cycle.service';
import { EnrolmentService } from './enrolment/enrolment.service';
import {
  LocalEnrolmentEntity,
  SelfAnalysisPhaseChangeEntity,
} from './enrolment/local-enrolment.entity';
import { DuplicateCheck } from './initiative/duplicate-check';
import { InitiativeEntity } from './initiative/initiative.entity';
import { InitiativeResolver } from './initiative/initiative.resolver';
import { InitiativeService } from './initiative/initiative.service';
import { LocalCycleOverviewController } from './overview/local-cycle-overview.controller';
import { LocalCycleOverviewResolver } from './overview/local-cycle-overview.resolver';
import { LocalCycleOverviewService } from './overview/local-cycle-overview.service';
import { LocalCycleStartSource, SelfAnalysisPhaseSource } from './reminders/local-nudge-sources';
import { LocalReminderTriggers } from './reminders/local-reminder-triggers';
import { LocalWorkshopEventSource } from './reminders/local-workshop-event-source';
import { LocalCyclesPersonalData } from './privacy/local-cycles-personal-data';
import { LocalTemplateStepEntity } from './template/local-template-step.entity';
import { LocalTemplateResolver } from './template/local-template.resolver';
import { LocalTemplateService } from './template/local-template.service';
import { LocalWorkshopChanges } from './workshop/local-workshop-changes';
import { LocalWorkshopDayEntity } from './workshop/local-workshop-day.entity';
import { LocalWorkshopEntity } from './workshop/local-workshop.entity';
import { LocalWorkshopService } from './workshop/local-workshop.service';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const LOCAL_CYCLES_RESOLVERS = [
  InitiativeResolver,
  LocalTemplateResolver,
  LocalCycleResolver,
  LocalCycleOverviewResolver,
];

/**
 * The local workshop cycle (DESIGN §9): a network's MINT-Initiativen with a duplicate check,
 * local cycles planned from the programme's local template, local workshops with the cohort
 * workshops' rules, bulk enrolment, the attendance matrix, self-analysis phases with history,
 * and the program managers' overview (page and CSV).
 */
@Module({
  imports: [
    IdentityModule,
    CohortsModule,
    RemindersModule,
    TypeOrmModule.forFeature([
      InitiativeEntity,
      LocalTemplateStepEntity,
      LocalCycleEntity,
      LocalWorkshopEntity,
      LocalWorkshopDayEntity,
      LocalEnrolmentEntity,
      SelfAnalysisPhaseChangeEntity,
      LocalAttendanceEntity,
    ]),
  ],
  controllers: [LocalCycleOverviewController, UnsubscribeController],
  providers: [
    LocalAccess,
    ContactNotices,
    DuplicateCheck,
    InitiativeService,
    LocalTemplateService,
    CycleGuard,
    LocalCycleReader,
    LocalCycleService,
    LocalCyclePlanningService,
    LocalWorkshopChanges,
    LocalWorkshopService,
    EnrolmentService,
    LocalAttendanceService,
    LocalCycleOverviewService,
    LocalWorkshopEventSource,
    LocalCycleStartSource,
    SelfAnalysisPhaseSource,
    LocalReminderTriggers,
    LocalCyclesPersonalData,
    ...LOCAL_CYCLES_RESOLVERS,
  ],
  exports: [LocalAccess, LocalWorkshopChanges, LocalCycleReader, DuplicateCheck],
})
export class LocalCyclesModule {}
