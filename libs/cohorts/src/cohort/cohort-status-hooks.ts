import { Injectable } from '@nestjs/common';
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

export interface CohortStatusListener {
  onCohortStatusChanged(event: CohortStatusChanged): Promise<void>;
}

/**
 * The hook other contexts use to follow a cohort's status in the same transaction: when a
 * cohort is cancelled, its workshops are called off (and with them their reminders). Listeners
 * run in registration order; an error of one rolls the status change back.
 */
@Injectable()
export class CohortStatusHooks {
  private readonly listeners: CohortStatusListener[] = [];

  /** Adds a listener; the answer removes it again. */
  register(listener: CohortStatusListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  async notify(event: CohortStatusChanged): Promise<void> {
    for (const listener of this.listeners) await listener.onCohortStatusChanged(event);
  }
}
