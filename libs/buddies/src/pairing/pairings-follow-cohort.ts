import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortStatus, CohortStatusChanged, CohortStatusHooks } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';

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
  ) {}

  onModuleInit(): void {
    this.hooks.register((event) => this.follow(event));
  }

  private async follow({ cohort, actor, manager }: CohortStatusChanged): Promise<void> {
    const completed = cohort.status === CohortStatus.COMPLETED;
    if (!completed && cohort.status !== CohortStatus.CANCELLED) return;
    const now = this.clock.now();
    await manager.query(
      `UPDATE buddy_pairing
          SET status = 'ENDED', paused_until = NULL, ended_at = $2, end_reason = $3,
              end_note = $4, updated_at = $2
        WHERE cohort_id = $1 AND status IN ('ACTIVE', 'PAUSED')`,
      [
        cohort.id,
        now,
        completed ? 'COMPLETED' : 'OTHER',
        completed ? null : 'Der Qualifizierungsdurchgang wurde abgesagt.',
      ],
    );
    await manager.query(
      `UPDATE buddy_pairing
          SET status = 'WITHDRAWN', withdrawn_at = $2, withdrawn_by_id = $3, updated_at = $2
        WHERE cohort_id = $1 AND status = 'PROPOSED'`,
      [cohort.id, now, actor.personId],
    );
  }
}
