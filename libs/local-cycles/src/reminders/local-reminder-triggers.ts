import { Injectable, OnModuleInit } from '@nestjs/common';
import { Notice, ReminderPlanner } from '@zyklus/reminders';
import { LocalWorkshopChanges, LocalWorkshopChangeKind } from '../workshop/local-workshop-changes';
import { LocalEnrolmentEntity } from '../enrolment/local-enrolment.entity';
import { LOCAL_WORKSHOP, SELF_ANALYSIS_PHASE } from './local-reminder-kinds';

const NOTICE: Record<LocalWorkshopChangeKind, Notice> = {
  PUBLISHED: null,
  RESCHEDULED: 'CHANGED',
  UPDATED: 'CHANGED',
  CANCELLED: 'CANCELLED',
};

/**
 * Re-plans a local workshop's reminders in the transaction of each change people are told about
 * (publish, move, change, cancel), with the notice the change asks for.
 */
@Injectable()
export class LocalReminderTriggers implements OnModuleInit {
  constructor(
    private readonly changes: LocalWorkshopChanges,
    private readonly planner: ReminderPlanner,
  ) {}

  onModuleInit(): void {
    this.changes.listen(async ({ manager, workshop, kind, locked }) => {
      await this.planner.materialise(manager, LOCAL_WORKSHOP, [workshop.id], NOTICE[kind]);
      // The first publication starts the cycle, and with it the phase nudges.
      if (kind === 'PUBLISHED') {
        const enrolments = await manager.find(LocalEnrolmentEntity, {
          where: { localCycleId: locked.cycle.id },
          select: { id: true },
        });
        await this.planner.materialise(
          manager,
          SELF_ANALYSIS_PHASE,
          enrolments.map((e) => e.id),
        );
      }
    });
  }
}
