import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortStatus, CohortStatusChanged, CohortStatusHooks } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { WorkshopScheduleService } from './workshop-schedule.service';
import { workshopsAhead } from './workshops-ahead';

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
    // Its drafts and its published workshops with a day that has not ended yet.
    const ids = await workshopsAhead(manager, { cohortIds: [cohort.id] }, this.clock.now(), {
      drafts: true,
    });
    if (ids.length) await this.schedule.cancelIn(manager, actor, ids, COHORT_CANCELLED_REASON);
  }
}
