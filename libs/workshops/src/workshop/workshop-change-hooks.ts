import { Injectable } from '@nestjs/common';
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

export interface WorkshopChangeListener {
  onWorkshopChanged(event: WorkshopChanged): Promise<void>;
}

/**
 * The hook other contexts (the reminders) use to react to workshop changes in the same
 * transaction: they register a listener at start-up; every publish, reschedule, change, cancel
 * and completion calls it after writing the change record. Listeners run in registration
 * order; an error rolls the whole change back, so reminders never disagree with workshops.
 */
@Injectable()
export class WorkshopChangeHooks {
  private readonly listeners: WorkshopChangeListener[] = [];

  /** Adds a listener; the answer removes it again (e.g. a test's listener after the test). */
  register(listener: WorkshopChangeListener): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }

  async notify(event: WorkshopChanged): Promise<void> {
    for (const listener of this.listeners) await listener.onWorkshopChanged(event);
  }
}
