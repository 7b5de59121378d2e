import type { LocalCycleStatus, SelfAnalysisPhase } from '../../gql/graphql';

/** The self-analysis phases in their order (as the server orders them). */
export const PHASES: readonly SelfAnalysisPhase[] = [
  'NOT_STARTED',
  'PREPARING',
  'SELF_ANALYSIS_DONE',
  'REFLECTED',
  'ADVISED',
  'IMPROVEMENT_PLANNED',
];

/** Whether moving from `from` to `to` goes back (the server then asks for a reason). */
export const goesBack = (from: SelfAnalysisPhase, to: SelfAnalysisPhase) =>
  PHASES.indexOf(to) < PHASES.indexOf(from);

/** The status changes a coordinator may offer (the server decides them too). */
export const CYCLE_NEXT: Record<LocalCycleStatus, readonly LocalCycleStatus[]> = {
  PLANNED: ['RUNNING', 'CANCELLED'],
  RUNNING: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  CANCELLED: [],
};
