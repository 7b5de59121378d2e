import { Injectable } from '@nestjs/common';
import { Clock } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { ReminderEvent } from '../events/reminder-event';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import {
  ReminderAnchor,
  ReminderAudience,
  ReminderEventKind,
  ReminderKind,
  ReminderStatus,
} from '../rule/reminder-enums';
import { applicableRules } from './applicable-rules';
import { arrival, dueAt } from './due-time';
import { ReminderSettings } from './reminder-settings';

/** What else a change asks for besides moving reminders. */
export type Notice = 'CHANGED' | 'CANCELLED' | null;

const LEFT_AUDIENCE: Record<ReminderAudience, string> = {
  PARTICIPANTS: 'participant withdrew or no longer coordinates the network',
  FACILITATORS: 'no longer a facilitator',
  PROGRAM_MANAGERS: 'no longer a program manager',
};

const STATE_REASON = {
  CANCELLED: 'event cancelled',
  UNPUBLISHED: 'event unpublished',
  OVER: 'event over',
} as const;

/**
 * Materialises the reminder ledger for events: one row per (rule, event, recipient), written in
 * the caller's transaction, idempotently (a unique key per row; running it twice changes
 * nothing). Pending rows follow the event (rescheduled: new due times; cancelled or a person
 * gone: cancelled with the reason); new rows whose time has passed are sent only within the
 * grace window before the event; people already reminded get a change notice.
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
    const inserts: Partial<ReminderEntity>[] = [];
    const updates: ReminderEntity[] = [];
    for (const event of events) {
      const rows = existing.filter((r) => r.eventId === event.id);
      this.plan(event, applicableRules(rules, event), rows, now, inserts, updates);
      if (notice) this.notices(event, notice, rows, now, inserts);
    }
    await this.write(manager, inserts, updates);
  }

  /** Re-materialises every upcoming event in these programmes or cohorts. */
  async materialiseUpcoming(
    manager: EntityManager,
    scope: { programmeIds?: readonly string[]; cohortIds?: readonly string[] },
  ): Promise<void> {
    for (const source of this.sources.all()) {
      const ids = await source.upcoming(manager, scope, this.clock.now());
      await this.materialise(manager, source.kind, ids);
    }
  }

  private plan(
    event: ReminderEvent,
    rules: readonly ReminderRuleEntity[],
    rows: readonly ReminderEntity[],
    now: Date,
    inserts: Partial<ReminderEntity>[],
    updates: ReminderEntity[],
  ): void {
    const wanted = new Map<string, { rule: ReminderRuleEntity; personId: string; due: Date }>();
    // A completed event still gets its follow-ups; reminders already due were sent or skipped.
    if (event.state === 'SCHEDULED' || event.state === 'OVER') {
      for (const rule of rules) {
        const anchor = rule.anchor === ReminderAnchor.START ? event.start : event.end;
        const due = dueAt(anchor, event.timeZone, rule.offsetDays, rule.offsetMinutes);
        for (const personId of new Set(event.recipients[rule.audience])) {
          wanted.set(ruleKey(rule.id, event.id, personId), { rule, personId, due });
        }
      }
    }
    if (event.state === 'CANCELLED') {
      // A change notice still waiting is overtaken by the cancellation.
      for (const row of rows) {
        if (row.kind !== ReminderKind.CHANGE_NOTICE || row.status !== ReminderStatus.PENDING)
          continue;
        row.status = ReminderStatus.CANCELLED;
        row.reason = STATE_REASON.CANCELLED;
        updates.push(row);
      }
    }
    for (const row of rows.filter((r) => r.kind === ReminderKind.REMINDER)) {
      const want = wanted.get(row.dedupeKey);
      wanted.delete(row.dedupeKey);
      if (!want) {
        if (row.status !== ReminderStatus.PENDING) continue;
        row.status = ReminderStatus.CANCELLED;
        row.reason = this.goneReason(event, rules, row);
        updates.push(row);
        continue;
      }
      const moved = row.dueAt.getTime() !== want.due.getTime();
      const revive = row.status === ReminderStatus.CANCELLED;
      if (row.status === ReminderStatus.PENDING ? !moved : !revive) continue;
      const next = arrival(want.due, now, event.startsAt, this.settings.graceMs);
      row.dueAt = want.due;
      if (next.status === 'PENDING') {
        row.status = ReminderStatus.PENDING;
        row.nextAttemptAt = next.nextAttemptAt;
        row.reason = null;
      } else {
        row.status = ReminderStatus.SKIPPED;
        row.reason = moved ? 'moved to a time that has already passed' : next.reason;
      }
      updates.push(row);
    }
    for (const [dedupeKey, { rule, personId, due }] of wanted) {
      if (rule.effectiveFrom.getTime() > event.startsAt.getTime()) continue;
      const next = arrival(due, now, event.startsAt, this.settings.graceMs);
      inserts.push({
        dedupeKey,
        kind: ReminderKind.REMINDER,
        ruleId: rule.id,
        eventKind: event.kind,
        eventId: event.id,
        cohortId: event.cohortId,
        recipientId: personId,
        dueAt: due,
        status: next.status === 'PENDING' ? ReminderStatus.PENDING : ReminderStatus.SKIPPED,
        nextAttemptAt: next.status === 'PENDING' ? next.nextAttemptAt : due,
        reason: next.status === 'SKIPPED' ? next.reason : null,
      });
    }
  }

  /** Change notices for people already reminded; cancellation notices for everyone concerned. */
  private notices(
    event: ReminderEvent,
    notice: Exclude<Notice, null>,
    rows: readonly ReminderEntity[],
    now: Date,
    inserts: Partial<ReminderEntity>[],
  ): void {
    if (now.getTime() >= event.endsAt.getTime()) return;
    const reminded = rows
      .filter((r) => r.kind === ReminderKind.REMINDER && r.status === ReminderStatus.SENT)
      .flatMap((r) => (r.recipientId ? [r.recipientId] : []));
    const people =
      notice === 'CHANGED'
        ? reminded
        : [...reminded, ...event.recipients.PARTICIPANTS, ...event.recipients.FACILITATORS];
    for (const personId of new Set(people)) {
      inserts.push({
        dedupeKey:
          notice === 'CHANGED'
            ? `change:${event.id}:${event.sequence}:${personId}`
            : `cancel:${event.id}:${personId}`,
        kind: notice === 'CHANGED' ? ReminderKind.CHANGE_NOTICE : ReminderKind.CANCELLATION,
        ruleId: null,
        eventKind: event.kind,
        eventId: event.id,
        cohortId: event.cohortId,
        recipientId: personId,
        dueAt: now,
        status: ReminderStatus.PENDING,
        nextAttemptAt: now,
        reason: null,
      });
    }
  }

  private goneReason(
    event: ReminderEvent,
    rules: readonly ReminderRuleEntity[],
    row: ReminderEntity,
  ): string {
    if (event.state !== 'SCHEDULED') return STATE_REASON[event.state];
    const rule = rules.find((r) => r.id === row.ruleId);
    if (!rule) return 'rule disabled, replaced or removed';
    return LEFT_AUDIENCE[rule.audience];
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
              next_attempt_at = v.next_attempt_at, updated_at = now()
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

export function ruleKey(ruleId: string, eventId: string, personId: string): string {
  return `rule:${ruleId}:${eventId}:${personId}`;
}
