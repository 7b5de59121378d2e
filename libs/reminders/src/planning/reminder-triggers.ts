import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortMembershipChanged, CohortMembershipHooks } from '@zyklus/cohorts';
import { PersonRoleHooks } from '@zyklus/identity';
import {
  ChangedWorkshop,
  WorkshopChanged,
  WorkshopChangeHooks,
  WorkshopChangeKind,
  WorkshopStatus,
} from '@zyklus/workshops';
import { ReminderEventKind } from '../rule/reminder-enums';
import { Notice } from './ledger-plan';
import { ReminderPlanner } from './reminder-planner';

/**
 * Connects the reminders to the changes that cause them, in the same transaction: workshops
 * published, rescheduled, changed, cancelled or completed; people joining or leaving a cohort;
 * roles granted or revoked (the program managers' reminders).
 */
@Injectable()
export class ReminderTriggers implements OnModuleInit {
  constructor(
    private readonly workshops: WorkshopChangeHooks,
    private readonly membership: CohortMembershipHooks,
    private readonly roles: PersonRoleHooks,
    private readonly planner: ReminderPlanner,
  ) {}

  onModuleInit(): void {
    this.workshops.register((event) => this.onWorkshopChanged(event));
    this.membership.register((event) => this.onMembershipChanged(event));
    // Program managers are an audience of every programme: all upcoming events follow.
    this.roles.register(({ manager }) => this.planner.materialiseUpcoming(manager, {}));
  }

  /** All the workshops of one change in one call: their rows are locked at once, in id order. */
  private onWorkshopChanged({ changes, manager }: WorkshopChanged) {
    const notices = new Map(changes.map((c) => [c.workshop.id, noticeOf(c)]));
    return this.planner.materialise(
      manager,
      ReminderEventKind.WORKSHOP,
      [...notices.keys()],
      notices,
    );
  }

  private onMembershipChanged({ cohortIds, manager }: CohortMembershipChanged) {
    return this.planner.materialiseUpcoming(manager, { cohortIds });
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
