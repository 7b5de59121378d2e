import { Injectable } from '@nestjs/common';
import { Clock } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import { ReminderEventKind } from '../rule/reminder-enums';
import { applicableRules } from './applicable-rules';
import { LedgerChanges, Notice, planEvent } from './ledger-plan';
import { ReminderSettings } from './reminder-settings';

/**
 * Materialises the reminder ledger for events: one row per (rule, event, recipient), written in
 * the caller's transaction, idempotently (a unique key per row; running it twice changes
 * nothing). What the rows become is planned in `ledger-plan.ts`; this reads the events, rules
 * and rows (locking the rows, so a dispatcher cannot claim them meanwhile) and writes the plan.
 */
@Injectable()
export class ReminderPlanner {
  constructor(
    private readonly sources: ReminderEventSources,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
  ) {}

  /**
   * Brings the rows of these events up to date. `now` is the moment the change happened: the
   * clock's, except for demo data told up to today.
   */
  async materialise(
    manager: EntityManager,
    kind: ReminderEventKind,
    eventIds: readonly string[],
    notice: Notice = null,
    now: Date = this.clock.now(),
  ): Promise<void> {
    if (!eventIds.length) return;
    const source = this.sources.get(kind);
    const events = await source.load(manager, eventIds);
    if (!events.length) return;
    const rules: ReminderRuleEntity[] = await manager
      .getRepository(ReminderRuleEntity)
      .createQueryBuilder('rule')
      .where('rule.programmeId IN (:...ids)', {
        ids: [...new Set(events.map((e) => e.programmeId))],
      })
      .andWhere('rule.eventKind = :kind', { kind })
      .getMany();
    const existing: ReminderEntity[] = await manager
      .getRepository(ReminderEntity)
      .createQueryBuilder('r')
      .setLock('pessimistic_write')
      .where('r.eventId IN (:...ids)', { ids: events.map((e) => e.id) })
      .getMany();
    const byEvent = new Map<string, ReminderEntity[]>();
    for (const row of existing) {
      const list = byEvent.get(row.eventId) ?? [];
      list.push(row);
      byEvent.set(row.eventId, list);
    }
    const changes: LedgerChanges = { inserts: [], updates: new Map() };
    for (const event of events) {
      planEvent(
        {
          event,
          rules: applicableRules(rules, event),
          rows: byEvent.get(event.id) ?? [],
          notice,
          now,
          graceMs: this.settings.graceMs,
        },
        changes,
      );
    }
    await this.write(manager, changes.inserts, [...changes.updates.values()]);
  }

  /**
   * Re-materialises the events in these programmes or cohorts that are upcoming or still have
   * pending rows (a follow-up after a workshop that has ended).
   */
  async materialiseUpcoming(
    manager: EntityManager,
    scope: { programmeIds?: readonly string[]; cohortIds?: readonly string[] },
  ): Promise<void> {
    for (const source of this.sources.all()) {
      const ids = await source.upcoming(manager, scope, this.clock.now());
      await this.materialise(manager, source.kind, ids);
    }
  }

  private async write(
    manager: EntityManager,
    inserts: Partial<ReminderEntity>[],
    updates: ReminderEntity[],
  ): Promise<void> {
    // PostgreSQL takes at most 65,535 parameters per statement: 1,000 rows stay well below.
    for (let i = 0; i < inserts.length; i += 1000) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ReminderEntity)
        .values(inserts.slice(i, i + 1000))
        .orIgnore()
        .execute();
    }
    if (!updates.length) return;
    await manager.query(
      `UPDATE reminder r
          SET status = v.status, reason = v.reason, due_at = v.due_at,
              next_attempt_at = v.next_attempt_at, updated_at = now(),
              -- A dispatcher still sending the row's old version finds its claim gone, so its
              -- late write-back changes nothing (the row may be due again, or cancelled).
              claimed_until = NULL, claimed_by = NULL
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::timestamptz[], $5::timestamptz[])
              AS v(id, status, reason, due_at, next_attempt_at)
        WHERE r.id = v.id`,
      [
        updates.map((u) => u.id),
        updates.map((u) => u.status),
        updates.map((u) => u.reason),
        updates.map((u) => u.dueAt),
        updates.map((u) => u.nextAttemptAt),
      ],
    );
  }
}
