import { Injectable } from '@nestjs/common';
import { Clock } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { ReminderEvent } from '../events/reminder-event';
import { ReminderScope } from '../events/reminder-event-source';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import { ReminderEventKind } from '../rule/reminder-enums';
import { applicableRules } from './applicable-rules';
import { identityOf, LedgerChanges, Notice, planEvent } from './ledger-plan';
import { ReminderSettings } from './reminder-settings';

/**
 * Materialises the reminder ledger for events: one row per (rule, event, recipient), written in
 * the caller's transaction, idempotently (a unique key per row; running it twice changes
 * nothing). What the rows become is planned in `ledger-plan.ts`; this locks the rows (so a
 * dispatcher cannot claim them meanwhile), reads the events and rules, and writes the plan.
 *
 * Lock order: every statement that locks or updates `reminder` rows takes them in ascending
 * `id` (here, in the dispatcher's write-back, in the claims with SKIP LOCKED), so two of them
 * never wait for each other in a circle. A change that concerns several events therefore
 * materialises them in one call (`materialise(ids)`), not one after another: rows locked by an
 * earlier call would come before the later call's rows whatever their ids.
 */
@Injectable()
export class ReminderPlanner {
  constructor(
    private readonly sources: ReminderEventSources,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
  ) {}

  /**
   * Brings the rows of these events up to date. `notice` is what the change asks for besides
   * moving reminders, for all events or per event id (missing ones: none). `now` is the moment
   * the change happened: the clock's, except for demo data told up to today.
   */
  async materialise(
    manager: EntityManager,
    kind: ReminderEventKind,
    eventIds: readonly string[],
    notice: Notice | ReadonlyMap<string, Notice> = null,
    now: Date = this.clock.now(),
  ): Promise<void> {
    const planned = await this.plan(manager, kind, eventIds, { notice, now, lock: true });
    if (!planned) return;
    // New rows in key order: two plans inserting the same new keys (each waits for the other's
    // commit on a key the other inserted first) take them in one order too. The rows updated
    // are locked by `plan` already.
    const { changes } = planned;
    await this.write(
      manager,
      [...changes.inserts].sort((a, b) => compare(identityOf(a), identityOf(b))),
      [...changes.updates.values()],
    );
  }

  /**
   * What `materialise` would write, without writing: the events, their rows as planned (changed
   * in memory) and the changes. With `lock` the rows are locked first, in id order (see the
   * class comment), then the events read: a change that held these rows (e.g. a cancellation)
   * has committed by then, so they are planned as that change left them. Without it, a dry run
   * (previewReminders); `asIf` replaces rules for it (a disabled rule as if switched on).
   */
  async plan(
    manager: EntityManager,
    kind: ReminderEventKind,
    eventIds: readonly string[],
    options: {
      notice?: Notice | ReadonlyMap<string, Notice>;
      now: Date;
      lock: boolean;
      asIf?: (rule: ReminderRuleEntity) => ReminderRuleEntity;
    },
  ): Promise<Planned | null> {
    if (!eventIds.length) return null;
    const { notice = null, now, lock, asIf = (rule) => rule } = options;
    const query = manager
      .getRepository(ReminderEntity)
      .createQueryBuilder('r')
      .where('r.eventId IN (:...ids)', { ids: [...new Set(eventIds)] })
      .andWhere('r.eventKind = :kind', { kind })
      .orderBy('r.id');
    const existing: ReminderEntity[] = await (
      lock ? query.setLock('pessimistic_write') : query
    ).getMany();
    const source = this.sources.get(kind);
    const events = await source.load(manager, eventIds);
    if (!events.length) return null;
    const rules: ReminderRuleEntity[] = (
      await manager
        .getRepository(ReminderRuleEntity)
        .createQueryBuilder('rule')
        .where('rule.programmeId IN (:...ids)', {
          ids: [...new Set(events.map((e) => e.programmeId))],
        })
        .andWhere('rule.eventKind = :kind', { kind })
        .getMany()
    ).map(asIf);
    const byEvent = new Map<string, ReminderEntity[]>();
    for (const row of existing) {
      const list = byEvent.get(row.eventId) ?? [];
      list.push(row);
      byEvent.set(row.eventId, list);
    }
    const declines = await manager.query<{ event_id: string; person_id: string }[]>(
      `SELECT event_id, person_id FROM reminder_decline
        WHERE event_kind = $1 AND event_id = ANY($2::uuid[])`,
      [kind, events.map((e) => e.id)],
    );
    const changes: LedgerChanges = { inserts: [], updates: new Map() };
    for (const event of events) {
      planEvent(
        {
          event,
          audiences: source.audiences,
          rules: applicableRules(rules, event),
          rows: byEvent.get(event.id) ?? [],
          notice: noticeFor(notice, event.id),
          now,
          graceMs: this.settings.graceMs,
          declined: new Set(
            declines.filter((d) => d.event_id === event.id).map((d) => d.person_id),
          ),
        },
        changes,
      );
    }
    return { events, rules, rows: existing, changes };
  }

  /**
   * Re-materialises the events in these programmes, cohorts or scopes that are upcoming (the
   * adapters say which) or still have pending rows (a follow-up after an event that has ended;
   * those of other programmes too, where the ledger cannot tell: re-planning is idempotent).
   * `kinds`: only these kinds of event.
   */
  async materialiseUpcoming(
    manager: EntityManager,
    scope: ReminderScope,
    kinds?: readonly ReminderEventKind[],
  ): Promise<void> {
    for (const source of this.sources.all()) {
      if (kinds && !kinds.includes(source.kind)) continue;
      const ids = await this.eventsInScope(manager, source.kind, scope, this.clock.now());
      await this.materialise(manager, source.kind, ids);
    }
  }

  /** The events of a kind a change in `scope` re-plans (see `materialiseUpcoming`). */
  async eventsInScope(
    manager: EntityManager,
    kind: ReminderEventKind,
    scope: ReminderScope,
    now: Date,
  ): Promise<string[]> {
    const ahead = await this.sources.get(kind).upcoming(manager, scope, now);
    // Rows of the scope's rules; a notice (no rule) is due at once and rarely still pending.
    const pending = await manager.query<{ event_id: string }[]>(
      `SELECT DISTINCT event_id FROM reminder
        WHERE event_kind = $1 AND status = 'PENDING' AND NOT (event_id = ANY($2::uuid[]))
          AND ($3::uuid[] IS NULL OR cohort_id = ANY($3::uuid[]))
          AND ($4::uuid[] IS NULL OR rule_id IS NULL
               OR rule_id IN (SELECT id FROM reminder_rule WHERE programme_id = ANY($4::uuid[])))`,
      [kind, ahead, scope.cohortIds ?? null, scope.programmeIds ?? null],
    );
    return [...ahead, ...pending.map((r) => r.event_id)];
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
              next_attempt_at = v.next_attempt_at, anchor_at = v.anchor_at,
              template = v.template, updated_at = now(),
              -- A dispatcher sending the row's older revision keeps its claim: if the mail goes
              -- out its write-back records SENT (a delivery is never forgotten); if not, it
              -- leaves this change as it is.
              revision = r.revision + 1
         FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::timestamptz[], $5::timestamptz[],
                     $6::timestamptz[], $7::varchar[])
              AS v(id, status, reason, due_at, next_attempt_at, anchor_at, template)
        WHERE r.id = v.id`,
      [
        updates.map((u) => u.id),
        updates.map((u) => u.status),
        updates.map((u) => u.reason),
        updates.map((u) => u.dueAt),
        updates.map((u) => u.nextAttemptAt),
        updates.map((u) => u.anchorAt),
        updates.map((u) => u.template),
      ],
    );
  }
}

/** A plan: the events, the rules as planned with, their rows (as planned) and the changes. */
export interface Planned {
  events: ReminderEvent[];
  rules: ReminderRuleEntity[];
  rows: ReminderEntity[];
  changes: LedgerChanges;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function noticeFor(notice: Notice | ReadonlyMap<string, Notice>, eventId: string): Notice {
  return notice === null || typeof notice === 'string' ? notice : (notice.get(eventId) ?? null);
}
