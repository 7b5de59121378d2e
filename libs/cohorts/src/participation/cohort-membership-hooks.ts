import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@zyklus/common';
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

/**
 * The hook other contexts (the reminders, the workshops' attendance) use to follow who takes
 * part, in the same transaction as the change: a withdrawn network's coordinator gets no
 * further reminders, a new coordinator gets the next ones.
 */
@Injectable()
export class CohortMembershipHooks extends TransactionHooks<CohortMembershipChanged> {
  protected override concerns(event: CohortMembershipChanged): boolean {
    return event.cohortIds.length > 0;
  }
}
