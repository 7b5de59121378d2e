import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortMembershipChanged, CohortMembershipHooks } from '@zyklus/cohorts';
import { PersonRoleHooks, PersonRolesChanged } from '@zyklus/identity';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderPlanner } from './reminder-planner';

/**
 * Connects the reminders to the changes every kind shares, in the same transaction: people
 * joining or leaving a cohort; roles granted or revoked (only audiences that follow a role). The
 * changes of each kind's own events are its context's triggers (e.g. WorkshopReminderTriggers
 * in @zyklus/workshops), registered there.
 */
@Injectable()
export class ReminderTriggers implements OnModuleInit {
  constructor(
    private readonly membership: CohortMembershipHooks,
    private readonly roles: PersonRoleHooks,
    private readonly planner: ReminderPlanner,
    private readonly sources: ReminderEventSources,
  ) {}

  onModuleInit(): void {
    this.membership.register((event) => this.onMembershipChanged(event));
    this.roles.register((event) => this.onRolesChanged(event));
  }

  /**
   * A role granted or revoked re-plans only the events whose audience follows that role (e.g.
   * the workshops' PROGRAM_MANAGERS), in the programmes with a rule written to it.
   */
  private async onRolesChanged({ manager, previousRoles, roles }: PersonRolesChanged) {
    const changed = new Set<string>([
      ...previousRoles.filter((r) => !roles.includes(r)),
      ...roles.filter((r) => !previousRoles.includes(r)),
    ]);
    for (const source of this.sources.all()) {
      const audiences = source.audiences
        .filter((a) => a.fromRole && changed.has(a.fromRole))
        .map((a) => a.name);
      if (!audiences.length) continue;
      const programmes = await manager.query<{ programme_id: string }[]>(
        `SELECT DISTINCT programme_id FROM reminder_rule
          WHERE event_kind = $1 AND audience = ANY($2::varchar[]) ORDER BY programme_id`,
        [source.kind, audiences],
      );
      if (!programmes.length) continue;
      await this.planner.materialiseUpcoming(
        manager,
        { programmeIds: programmes.map((p) => p.programme_id) },
        [source.kind],
      );
    }
  }

  private onMembershipChanged({ cohortIds, manager }: CohortMembershipChanged) {
    return this.planner.materialiseUpcoming(manager, { cohortIds });
  }
}
