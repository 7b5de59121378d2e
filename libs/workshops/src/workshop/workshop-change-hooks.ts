import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { RecordedDay, WorkshopChangeEntity } from './workshop-change.entity';
import { WorkshopStatus } from './workshop-enums';
import { WorkshopEntity } from './workshop.entity';

/** A workshop was published, rescheduled, changed, cancelled or completed. */
export interface WorkshopChanged {
  readonly workshop: WorkshopEntity;
  readonly change: WorkshopChangeEntity;
  /** The status before the change (a cancelled draft was never announced). */
  readonly previousStatus: WorkshopStatus;
  /** The workshop's days after the change. */
  readonly days: readonly RecordedDay[];
  /** The transaction of the change: listeners write their rows in it (or the change fails). */
  readonly manager: EntityManager;
}

/**
 * The hook other contexts (the reminders) use to react to workshop changes in the same
 * transaction: every publish, reschedule, change, cancel and completion calls it after writing
 * the change record, so reminders never disagree with workshops.
 */
@Injectable()
export class WorkshopChangeHooks extends TransactionHooks<WorkshopChanged> {}
