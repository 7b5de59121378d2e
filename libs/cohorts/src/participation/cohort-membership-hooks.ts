import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Something changed who takes part in a cohort: a participation's status, or a network's
 * coordinator (so the person behind a participation).
 */
export interface CohortMembershipChanged {
  /** The cohorts whose people may have changed. */
  readonly cohortIds: readonly string[];
  /** The transaction of the change: listeners write their rows in it (or the change fails). */
  readonly manager: EntityManager;
}

export interface CohortMembershipListener {
  onMembershipChanged(event: CohortMembershipChanged): Promise<void>;
}

/**
 * The hook other contexts (the reminders) use to follow who takes part, in the same
 * transaction as the change: a withdrawn network's coordinator gets no further reminders, a
 * new coordinator gets the next ones. An error of a listener rolls the change back.
 */
@Injectable()
export class CohortMembershipHooks {
  private readonly listeners: CohortMembershipListener[] = [];

  register(listener: CohortMembershipListener): void {
    this.listeners.push(listener);
  }

  async notify(event: CohortMembershipChanged): Promise<void> {
    if (!event.cohortIds.length) return;
    for (const listener of this.listeners) await listener.onMembershipChanged(event);
  }
}
