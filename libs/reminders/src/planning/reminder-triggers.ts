import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortMembershipChanged, CohortMembershipHooks } from '@zyklus/cohorts';
import { PersonRoleHooks } from '@zyklus/identity';
import {
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

  private onWorkshopChanged({ workshop, change, previousStatus, manager }: WorkshopChanged) {
    const announced = previousStatus === WorkshopStatus.PUBLISHED;
    const notice: Notice =
      change.kind === WorkshopChangeKind.CANCELLED
        ? announced
          ? 'CANCELLED'
          : null
        : change.kind === WorkshopChangeKind.RESCHEDULED ||
            change.kind === WorkshopChangeKind.UPDATED
          ? announced
            ? 'CHANGED'
            : null
          : null;
    return this.planner.materialise(manager, ReminderEventKind.WORKSHOP, [workshop.id], notice);
  }

  private onMembershipChanged({ cohortIds, manager }: CohortMembershipChanged) {
    return this.planner.materialiseUpcoming(manager, { cohortIds });
  }
}
