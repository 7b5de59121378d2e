import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { RecordedDay, WorkshopChangeEntity } from './workshop-change.entity';
import { WorkshopStatus } from './workshop-enums';
import { WorkshopEntity } from './workshop.entity';

/** One workshop that was published, rescheduled, changed, cancelled or completed. */
export interface ChangedWorkshop {
  readonly workshop: WorkshopEntity;
  readonly change: WorkshopChangeEntity;
  /** The status before the change (a cancelled draft was never announced). */
  readonly previousStatus: WorkshopStatus;
  /** The workshop's days after the change. */
  readonly days: readonly RecordedDay[];
  /**
   * Whether people are told about it (the SEQUENCE rose): a cancellation, or a reschedule or
   * change of an announced workshop that people see.
   */
  readonly told: boolean;
}

/**
 * Workshops changed in one transaction: usually one, several when a cohort is cancelled. They
 * come in one event so that a listener can follow them in one go (the reminders lock the rows
 * of all of them at once, in one order, instead of workshop after workshop).
 */
export interface WorkshopChanged {
  /** In the order they were changed; never empty. */
  readonly changes: readonly ChangedWorkshop[];
  /** The transaction of the change: listeners write their rows in it (or the change fails). */
  readonly manager: EntityManager;
}

/**
 * The hook other contexts (the reminders) use to react to workshop changes in the same
 * transaction: every publish, reschedule, change, cancel and completion calls it after writing
 * the change record, so reminders never disagree with workshops.
 */
@Injectable()
export class WorkshopChangeHooks extends TransactionHooks<WorkshopChanged> {
  protected override concerns(event: WorkshopChanged): boolean {
    return event.changes.length > 0;
  }
}
