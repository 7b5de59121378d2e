import { registerEnumType } from '@nestjs/graphql';

/** Where a cohort stands: PLANNED → RUNNING → COMPLETED, or CANCELLED before completion. */
export enum CohortStatus {
  PLANNED = 'PLANNED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CohortStatus, {
  name: 'CohortStatus',
  description: 'Status of a cohort: PLANNED → RUNNING → COMPLETED, or CANCELLED.',
  valuesMap: {
    PLANNED: { description: 'Geplant: scheduled, not started.' },
    RUNNING: { description: 'Läuft: the cycle is under way.' },
    COMPLETED: { description: 'Abgeschlossen: finished; final.' },
    CANCELLED: { description: 'Abgesagt: called off; final.' },
  },
});

const TRANSITIONS: Readonly<Record<CohortStatus, readonly CohortStatus[]>> = {
  [CohortStatus.PLANNED]: [CohortStatus.RUNNING, CohortStatus.CANCELLED],
  [CohortStatus.RUNNING]: [CohortStatus.COMPLETED, CohortStatus.CANCELLED],
  [CohortStatus.COMPLETED]: [],
  [CohortStatus.CANCELLED]: [],
};

/** The statuses a cohort in `from` may move to next. */
export function nextCohortStatuses(from: CohortStatus): readonly CohortStatus[] {
  return TRANSITIONS[from];
}

export function canChangeCohortStatus(from: CohortStatus, to: CohortStatus): boolean {
  return TRANSITIONS[from].includes(to);
}
