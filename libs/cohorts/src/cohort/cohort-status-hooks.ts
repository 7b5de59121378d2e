import { Injectable } from '@nestjs/common';
import { TransactionHooks } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { EntityManager } from 'typeorm';
import { CohortStatus } from './cohort-status';
import { CohortEntity } from './cohort.entity';

/** A cohort moved to another status (e.g. it was cancelled). */
export interface CohortStatusChanged {
  /** The cohort with its new status, locked until the transaction ends. */
  readonly cohort: CohortEntity;
  readonly previousStatus: CohortStatus;
  /** Who changed it: listeners record their own changes in that person's name. */
  readonly actor: Actor;
  /** The transaction of the change: listeners write their rows in it (or the change fails). */
  readonly manager: EntityManager;
}

/**
 * The hook other contexts use to follow a cohort's status in the same transaction: when a
 * cohort is cancelled, its workshops are called off (and with them their reminders).
 */
@Injectable()
export class CohortStatusHooks extends TransactionHooks<CohortStatusChanged> {}
