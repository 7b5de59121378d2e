import { RemindersModule } from '@zyklus/reminders';
import { WorkshopEventSource } from './reminders/workshop-event-source';
import {
  ReminderPreviewWorkshopResolver,
  ReminderWorkshopResolver,
  WorkshopReminderEventResolver,
} from './reminders/workshop-reminder.resolver';
import { WorkshopReminderTriggers } from './reminders/workshop-reminder-triggers';
import { AttendanceExcuses } from './attendance/attendance-excuses';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@zyklus/cohorts';
import { IdentityModule } from '@zyklus/identity';
import { WorkshopAccess } from './access/workshop-access';
import { AttendanceRegistrations } from './attendance/attendance-registrations';
import { AttendanceEntity } from './attendance/attendance.entity';
import {
  AttendanceByCohortLoader,
  AttendanceByWorkshopLoader,
  AttendanceByParticipationLoader,
} from './attendance/attendance.loaders';
import { AttendanceResolver, WorkshopAttendanceResolver } from './attendance/attendance.resolver';
import { AttendanceService } from './attendance/attendance.service';
import { CycleWorkshopsReader } from './cycle/cycle-workshops';
import { CycleTemplateStepEntity } from './cycle-template/cycle-template-step.entity';
import { CycleTemplateByProgrammeLoader } from './cycle-template/cycle-template.loader';
import { CycleTemplateResolver } from './cycle-template/cycle-template.resolver';
import { CycleTemplateService } from './cycle-template/cycle-template.service';
import { WorkshopCycleResolver } from './cycle/workshop-cycle.resolver';
import { WorkshopCycleService } from './cycle/workshop-cycle.service';
import { AttendanceExportController } from './matrix/attendance-export.controller';
import { AttendanceMatrixResolver } from './matrix/attendance-matrix.resolver';
import { AttendanceMatrixService } from './matrix/attendance-matrix.service';
import { CyclePlanningService } from './planning/cycle-planning.service';
import { WorkshopsPersonalData } from './privacy/workshops-personal-data';
import { CohortCancellation } from './workshop/cohort-cancellation';
import { CohortWorkshopsResolver } from './workshop/cohort-workshops.resolver';
import { WorkshopChangeHooks } from './workshop/workshop-change-hooks';
import { WorkshopChangeResolver } from './workshop/workshop-change.resolver';
import { WorkshopChangeEntity } from './workshop/workshop-change.entity';
import { WorkshopDayEntity } from './workshop/workshop-day.entity';
import { WorkshopFacilitatorEntity } from './workshop/workshop-facilitator.entity';
import { WorkshopScheduleService } from './workshop/workshop-schedule.service';
import { WorkshopView } from './workshop/workshop-view';
import { WorkshopWriter } from './workshop/workshop-writer';
import {
  FacilitatorsLoader,
  WorkshopByIdLoader,
  WorkshopChangesLoader,
  WorkshopDaysLoader,
  WorkshopsByCohortLoader,
} from './workshop/workshop.loaders';
import { WorkshopEntity } from './workshop/workshop.entity';
import { WorkshopResolver } from './workshop/workshop.resolver';
import { WorkshopService } from './workshop/workshop.service';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const WORKSHOPS_RESOLVERS = [
  CycleTemplateResolver,
  WorkshopResolver,
  WorkshopChangeResolver,
  CohortWorkshopsResolver,
  AttendanceResolver,
  WorkshopAttendanceResolver,
  WorkshopCycleResolver,
  AttendanceMatrixResolver,
  ReminderWorkshopResolver,
  ReminderPreviewWorkshopResolver,
  WorkshopReminderEventResolver,
];

const LOADERS = [
  CycleTemplateByProgrammeLoader,
  WorkshopsByCohortLoader,
  WorkshopByIdLoader,
  WorkshopDaysLoader,
  FacilitatorsLoader,
  WorkshopChangesLoader,
  AttendanceByCohortLoader,
  AttendanceByWorkshopLoader,
  AttendanceByParticipationLoader,
];

/**
 * The workshop cycle: templates, planning, workshops with their days and facilitators,
 * publication and changes (with a hook for reminders), attendance, each coordinator's cycle and
 * the attendance matrix.
 */
@Module({
  imports: [
    IdentityModule,
    CohortsModule,
    RemindersModule,
    TypeOrmModule.forFeature([
      CycleTemplateStepEntity,
      WorkshopEntity,
      WorkshopDayEntity,
      WorkshopFacilitatorEntity,
      WorkshopChangeEntity,
      AttendanceEntity,
    ]),
  ],
  controllers: [AttendanceExportController],
  providers: [
    WorkshopsPersonalData,
    WorkshopAccess,
    WorkshopChangeHooks,
    WorkshopWriter,
    WorkshopView,
    CycleTemplateService,
    CyclePlanningService,
    WorkshopService,
    WorkshopScheduleService,
    CohortCancellation,
    AttendanceService,
    CycleWorkshopsReader,
    AttendanceRegistrations,
    AttendanceExcuses,
    WorkshopCycleService,
    AttendanceMatrixService,
    WorkshopEventSource,
    WorkshopReminderTriggers,
    ...LOADERS,
    ...WORKSHOPS_RESOLVERS,
  ],
  exports: [
    WorkshopAccess,
    WorkshopChangeHooks,
    WorkshopService,
    WorkshopView,
    AttendanceExcuses,
    ...LOADERS,
  ],
})
export class WorkshopsModule {}
