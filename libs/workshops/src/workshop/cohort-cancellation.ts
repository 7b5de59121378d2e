import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortStatus, CohortStatusChanged, CohortStatusHooks } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { WorkshopScheduleService } from './workshop-schedule.service';

/** The reason the workshops of a cancelled cohort carry (people-facing, German). */
export const COHORT_CANCELLED_REASON = 'Der Qualifizierungsdurchgang wurde abgesagt.';

/**
 * When a cohort is cancelled, its workshops that have not taken place are cancelled too: the
 * drafts, and the published ones whose last day has not ended yet (by the programme's time
 * zone and the clock). In the same transaction and through the normal cancel path: each gets a
 * change record, and the workshop listeners (the reminders) cancel pending reminders and send
 * cancellation notices for the announced ones, for all the workshops at once. Held workshops
 * (their days are over, whether or not they were marked completed yet) stay as they were, with
 * their attendance.
 */
@Injectable()
export class CohortCancellation implements OnModuleInit {
  constructor(
    private readonly hooks: CohortStatusHooks,
    private readonly schedule: WorkshopScheduleService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.hooks.register((event) => this.follow(event));
  }

  async follow({ cohort, actor, manager }: CohortStatusChanged): Promise<void> {
    if (cohort.status !== CohortStatus.CANCELLED) return;
    const ids = await this.notTakenPlace(manager, cohort.id);
    if (ids.length) await this.schedule.cancelIn(manager, actor, ids, COHORT_CANCELLED_REASON);
  }

  /** The cohort's drafts and its published workshops with a day that has not ended yet. */
  private async notTakenPlace(manager: EntityManager, cohortId: string): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT w.id
         FROM workshop w
         JOIN cohort c ON c.id = w.cohort_id
         JOIN programme g ON g.id = c.programme_id
        WHERE w.cohort_id = $1
          AND (w.status = 'DRAFT'
               OR (w.status = 'PUBLISHED'
                   AND EXISTS (SELECT 1 FROM workshop_day d WHERE d.workshop_id = w.id
                                AND (d.date + d.end_time) AT TIME ZONE g.time_zone > $2)))
        ORDER BY w.id`,
      [cohortId, this.clock.now()],
    );
    return rows.map((row) => row.id);
  }
}
