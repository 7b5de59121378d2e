import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortMembershipChanged, CohortMembershipHooks } from '@zyklus/cohorts';
import { PersonRoleHooks } from '@zyklus/identity';
import { ReminderPlanner } from './reminder-planner';

/**
 * Connects the reminders to the changes every kind shares, in the same transaction: people
 * joining or leaving a cohort; roles granted or revoked (audiences that follow a role). The
 * changes of each kind's own events are its context's triggers (e.g. WorkshopReminderTriggers
 * in @zyklus/workshops), registered there.
 */
@Injectable()
export class ReminderTriggers implements OnModuleInit {
  constructor(
    private readonly membership: CohortMembershipHooks,
    private readonly roles: PersonRoleHooks,
    private readonly planner: ReminderPlanner,
  ) {}

  onModuleInit(): void {
    this.membership.register((event) => this.onMembershipChanged(event));
    // Program managers are an audience of every programme: all upcoming events follow.
    this.roles.register(({ manager }) => this.planner.materialiseUpcoming(manager, {}));
  }

  private onMembershipChanged({ cohortIds, manager }: CohortMembershipChanged) {
    return this.planner.materialiseUpcoming(manager, { cohortIds });
  }
}
