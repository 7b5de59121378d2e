import { Injectable, OnModuleInit } from '@nestjs/common';
import { Notice, ReminderPlanner } from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
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
 * (publish, move, change, cancel), with the notice the change asks for; and the reminders of the
 * initiatives' contact persons in the transaction of each change of who they are: enrolments,
 * a contact person changed or removed, consent recorded or withdrawn, an unsubscribe.
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

  /**
   * After a change of the initiatives (or contacts) taking part in these cycles: their local
   * workshops that may have reminders to come — published ones, and held ones (a follow-up) —
   * are re-planned in one call, so a contact who joined is planned and
   * one who left, unsubscribed or lost consent has their pending reminders cancelled.
   */
  async contactsChanged(manager: EntityManager, cycleIds: readonly string[]): Promise<void> {
    if (!cycleIds.length) return;
    const rows = await manager.query<{ id: string }[]>(
      `SELECT w.id FROM local_workshop w
        WHERE w.local_cycle_id = ANY($1::uuid[]) AND w.status IN ('PUBLISHED', 'HELD')
        ORDER BY w.id`,
      [[...new Set(cycleIds)]],
    );
    await this.planner.materialise(
      manager,
      LOCAL_WORKSHOP,
      rows.map((r) => r.id),
    );
  }

  /** After a change of these initiatives' contact persons: the cycles they are in (above). */
  async initiativeContactsChanged(
    manager: EntityManager,
    initiativeIds: readonly string[],
  ): Promise<void> {
    if (!initiativeIds.length) return;
    const cycles = await manager.query<{ local_cycle_id: string }[]>(
      `SELECT DISTINCT local_cycle_id FROM local_enrolment WHERE initiative_id = ANY($1::uuid[])`,
      [[...new Set(initiativeIds)]],
    );
    await this.contactsChanged(
      manager,
      cycles.map((c) => c.local_cycle_id),
    );
  }
}
