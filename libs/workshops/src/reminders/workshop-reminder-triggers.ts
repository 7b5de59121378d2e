import { Injectable, OnModuleInit } from '@nestjs/common';
import { Notice, ReminderPlanner } from '@zyklus/reminders';
import {
  ChangedWorkshop,
  WorkshopChanged,
  WorkshopChangeHooks,
} from '../workshop/workshop-change-hooks';
import { WorkshopChangeKind } from '../workshop/workshop-change.entity';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WORKSHOP_EVENT_KIND } from './workshop-reminder-kind';

/**
 * Re-plans the reminders of workshops published, rescheduled, changed, cancelled or completed,
 * in the transaction of the change, with the notices the change asks for.
 */
@Injectable()
export class WorkshopReminderTriggers implements OnModuleInit {
  constructor(
    private readonly workshops: WorkshopChangeHooks,
    private readonly planner: ReminderPlanner,
  ) {}

  onModuleInit(): void {
    this.workshops.register((event) => this.onWorkshopChanged(event));
  }

  /** All the workshops of one change in one call: their rows are locked at once, in id order. */
  private onWorkshopChanged({ changes, manager }: WorkshopChanged) {
    const notices = new Map(changes.map((c) => [c.workshop.id, noticeOf(c)]));
    return this.planner.materialise(manager, WORKSHOP_EVENT_KIND, [...notices.keys()], notices);
  }
}

/** What a workshop's change asks for besides moving reminders: notices if it was announced. */
function noticeOf({ change, previousStatus, told }: ChangedWorkshop): Notice {
  if (previousStatus !== WorkshopStatus.PUBLISHED || !told) return null;
  switch (change.kind) {
    case WorkshopChangeKind.CANCELLED:
      return 'CANCELLED';
    case WorkshopChangeKind.RESCHEDULED:
    case WorkshopChangeKind.UPDATED:
      return 'CHANGED';
    default:
      return null;
  }
}
