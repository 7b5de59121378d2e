import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortStatus, CohortStatusChanged, CohortStatusHooks } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { BuddyReminderTriggers } from '../reminders/buddy-reminder-triggers';

/**
 * Pairings end with their cohort, in the same transaction as its status change: when a cohort
 * completes, its ACTIVE and PAUSED pairings end as COMPLETED; when it is cancelled they end as
 * OTHER with a note. Proposals nobody answered are withdrawn. History is kept.
 */
@Injectable()
export class PairingsFollowCohort implements OnModuleInit {
  constructor(
    private readonly hooks: CohortStatusHooks,
    private readonly clock: Clock,
    private readonly triggers: BuddyReminderTriggers,
  ) {}

  onModuleInit(): void {
    this.hooks.register((event) => this.follow(event));
  }

  private async follow({ cohort, actor, manager }: CohortStatusChanged): Promise<void> {
    const completed = cohort.status === CohortStatus.COMPLETED;
    if (!completed && cohort.status !== CohortStatus.CANCELLED) return;
    const now = this.clock.now();
    const [ended] = await manager.query<[{ id: string }[], number]>(
      `UPDATE buddy_pairing
          SET status = 'ENDED', paused_until = NULL, ended_at = $2, end_reason = $3,
              end_note = $4, updated_at = $2
        WHERE cohort_id = $1 AND status IN ('ACTIVE', 'PAUSED')
        RETURNING id`,
      [
        cohort.id,
        now,
        completed ? 'COMPLETED' : 'OTHER',
        completed ? null : 'Der Qualifizierungsdurchgang wurde abgesagt.',
      ],
    );
    const [withdrawn] = await manager.query<[{ id: string }[], number]>(
      `UPDATE buddy_pairing
          SET status = 'WITHDRAWN', withdrawn_at = $2, withdrawn_by_id = $3, updated_at = $2
        WHERE cohort_id = $1 AND status = 'PROPOSED'
        RETURNING id`,
      [cohort.id, now, actor.personId],
    );
    await this.triggers.pairingsChanged(
      manager,
      [...ended, ...withdrawn].map((row) => row.id),
    );
  }
}
