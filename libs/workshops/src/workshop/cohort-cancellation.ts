import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortStatus, CohortStatusChanged, CohortStatusHooks } from '@zyklus/cohorts';
import { In } from 'typeorm';
import { WorkshopStatus } from './workshop-enums';
import { WorkshopScheduleService } from './workshop-schedule.service';
import { WorkshopEntity } from './workshop.entity';

/** The reason the workshops of a cancelled cohort carry (people-facing, German). */
export const COHORT_CANCELLED_REASON = 'Der Qualifizierungsdurchgang wurde abgesagt.';

/**
 * When a cohort is cancelled, its workshops that have not taken place (drafts and published
 * ones) are cancelled too, in the same transaction and through the normal cancel path: each
 * gets a change record, and the workshop listeners (the reminders) cancel pending reminders and
 * send cancellation notices for the announced ones, for all the workshops at once. Held
 * workshops stay as they were.
 */
@Injectable()
export class CohortCancellation implements OnModuleInit {
  constructor(
    private readonly hooks: CohortStatusHooks,
    private readonly schedule: WorkshopScheduleService,
  ) {}

  onModuleInit(): void {
    this.hooks.register((event) => this.follow(event));
  }

  async follow({ cohort, actor, manager }: CohortStatusChanged): Promise<void> {
    if (cohort.status !== CohortStatus.CANCELLED) return;
    const open = await manager.find(WorkshopEntity, {
      where: {
        cohortId: cohort.id,
        status: In([WorkshopStatus.DRAFT, WorkshopStatus.PUBLISHED]),
      },
      select: { id: true },
    });
    const ids = open.map((w) => w.id);
    if (ids.length) await this.schedule.cancelIn(manager, actor, ids, COHORT_CANCELLED_REASON);
  }
}
