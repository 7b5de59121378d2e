export { LOCAL_CYCLES_RESOLVERS, LocalCyclesModule } from './local-cycles.module';
export {
  EnrolmentStatus,
  InitiativeKind,
  LocalAttendanceStatus,
  LocalCycleStatus,
  LocalWorkshopStatus,
  PHASE_ORDER,
} from './local-cycle-enums';
export { InitiativeEntity } from './initiative/initiative.entity';
export { LocalTemplateStepEntity } from './template/local-template-step.entity';
export { LocalCycleEntity } from './cycle/local-cycle.entity';
export { LocalWorkshopEntity } from './workshop/local-workshop.entity';
export { LocalWorkshopDayEntity } from './workshop/local-workshop-day.entity';
export {
  LocalEnrolmentEntity,
  SelfAnalysisPhaseChangeEntity,
} from './enrolment/local-enrolment.entity';
export { LocalAttendanceEntity } from './attendance/local-attendance.entity';
