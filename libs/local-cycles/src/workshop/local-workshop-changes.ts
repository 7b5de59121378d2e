import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LockedCycle } from '../cycle/cycle-guard';
import { LocalWorkshopEntity } from './local-workshop.entity';

export type LocalWorkshopChangeKind = 'PUBLISHED' | 'RESCHEDULED' | 'UPDATED' | 'CANCELLED';

/** A change of a local workshop that invitees are told about. */
export interface LocalWorkshopChanged {
  manager: EntityManager;
  locked: LockedCycle;
  workshop: LocalWorkshopEntity;
  kind: LocalWorkshopChangeKind;
}

type Listener = (change: LocalWorkshopChanged) => Promise<void>;

/**
 * Published, rescheduled, changed or cancelled local workshops, inside the change's
 * transaction: the reminders adapter listens here to plan, replan and cancel its mails.
 */
@Injectable()
export class LocalWorkshopChanges {
  private readonly listeners: Listener[] = [];

  listen(listener: Listener): void {
    this.listeners.push(listener);
  }

  async changed(
    manager: EntityManager,
    locked: LockedCycle,
    workshop: LocalWorkshopEntity,
    kind: LocalWorkshopChangeKind,
  ): Promise<void> {
    for (const listener of this.listeners) await listener({ manager, locked, workshop, kind });
  }
}
