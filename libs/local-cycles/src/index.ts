export { LOCAL_CYCLES_RESOLVERS, LocalCyclesModule } from './local-cycles.module';
export {
  CYCLE_NEXT,
  EnrolmentStatus,
  InitiativeKind,
  LocalAttendanceStatus,
  LocalCycleStatus,
  LocalWorkshopStatus,
  PHASE_ORDER,
  SelfAnalysisPhase,
} from './local-cycle-enums';
export { InitiativeEntity } from './initiative/initiative.entity';
export { DuplicateCheck } from './initiative/duplicate-check';
export type { DuplicateMode } from './initiative/duplicate-check';
export { LocalTemplateStepEntity } from './template/local-template-step.entity';
export { LocalCycleEntity } from './cycle/local-cycle.entity';
export { LocalWorkshopEntity } from './workshop/local-workshop.entity';
export { LocalWorkshopDayEntity } from './workshop/local-workshop-day.entity';
export { LocalWorkshopChanges } from './workshop/local-workshop-changes';
export type { LocalWorkshopChanged } from './workshop/local-workshop-changes';
export {
  LocalEnrolmentEntity,
  SelfAnalysisPhaseChangeEntity,
} from './enrolment/local-enrolment.entity';
export { LocalAttendanceEntity } from './attendance/local-attendance.entity';
