import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, Language } from '@zyklus/common';
import { Mailer } from '@zyklus/mail';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { daysBefore, ReminderEvent } from '../events/reminder-event';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { retryDelayMs } from '../planning/due-time';
import { REASON } from '../planning/ledger-decisions';
import { ReminderSettings } from '../planning/reminder-settings';
import {
  ReminderAnchor,
  ReminderAudience,
  ReminderEventKind,
  ReminderKind,
  ReminderStatus,
} from '../rule/reminder-enums';
import { unannouncedSince } from './notice-baseline';
import { Outcome, OutcomeRecorder } from './outcome-recorder';
import { ComposeMail, ReminderMailComposer } from './reminder-mail-composer';
import { standDown } from './stand-down';

/** A claimed ledger row with what the dispatcher needs of it. */
export interface Claimed {
  id: string;
  kind: ReminderKind;
  event_kind: ReminderEventKind;
  event_id: string;
  recipient_id: string | null;
  due_at: Date;
  attempts: number;
  /** Until when this instance holds the row (the lease). */
  claimed_until: Date;
  rule_anchor: ReminderAnchor | null;
  rule_offset_days: number | null;
  rule_offset_minutes: number | null;
  rule_template: string | null;
  rule_audience: ReminderAudience | null;
  rule_enabled: boolean | null;
}

interface Person {
  id: string;
  name: string;
  email: string;
  preferred_language: Language;
}

export interface TickCounts {
  sent: number;
  failed: number;
  retried: number;
  skipped: number;
  cancelled: number;
  batches: number;
}

/**
 * Sends due reminders. Each batch is claimed in one statement (`FOR UPDATE SKIP LOCKED`, a lease
 * until `claimed_until`, attempts counted), sent through the mail library's pooled transport,
 * and written back in one statement that only applies while this instance still holds the
 * claim and the row is still pending: the planner drops the claim of every row it changes
 * (rescheduled, cancelled, a person gone), so a late write-back never undoes such a change.
 * The write-back locks its rows in id order, as the planner does, and is retried until it
 * succeeds or the lease is over (`OutcomeRecorder`).
 * Any number of instances can run against one database: a row is sent twice only if an
 * instance died after sending and before writing back; then its lease runs out and another
 * instance sends it again. A row whose every attempt ended that way is FAILED.
 */
@Injectable()
export class ReminderDispatcher {
  private readonly logger = new Logger('Reminders');
  /** Identifies this instance's claims. */
  readonly instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  lastTickAt: Date | null = null;
  /** When this instance last got work done: a batch recorded, or a tick finished. */
  lastProgressAt: Date | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
    private readonly sources: ReminderEventSources,
    private readonly mailer: Mailer,
    private readonly composer: ReminderMailComposer,
    private readonly recorder: OutcomeRecorder,
  ) {}

  /** Sends everything due now, batch after batch (at most `maxBatches`). */
  async tick(maxBatches = 50): Promise<TickCounts> {
    const counts: TickCounts = {
      sent: 0,
      failed: 0,
      retried: 0,
      skipped: 0,
      cancelled: 0,
      batches: 0,
    };
    counts.failed += await this.giveUpAbandoned();
    for (let i = 0; i < maxBatches; i++) {
      const claimed = await this.claim();
      if (!claimed.length) break;
      counts.batches += 1;
      const outcomes = await this.dispatch(claimed);
      this.lastProgressAt = this.clock.now();
      for (const outcome of outcomes) {
        if (outcome.status === ReminderStatus.SENT) counts.sent += 1;
        else if (outcome.status === ReminderStatus.FAILED) counts.failed += 1;
        else if (outcome.status === ReminderStatus.PENDING) counts.retried += 1;
        else if (outcome.status === ReminderStatus.SKIPPED) counts.skipped += 1;
        else counts.cancelled += 1;
      }
      if (claimed.length < this.settings.batchSize) break;
    }
    this.lastTickAt = this.clock.now();
    this.lastProgressAt = this.lastTickAt;
    if (counts.batches) {
      this.logger.log(
        `sent=${counts.sent} failed=${counts.failed} retried=${counts.retried} skipped=${counts.skipped} cancelled=${counts.cancelled}`,
      );
    }
    return counts;
  }

  /**
   * Rows claimed `maxAttempts` times whose last claim ran out without a result (the process
   * died each time, e.g. on this very mail) are FAILED instead of being claimed forever.
   */
  private async giveUpAbandoned(): Promise<number> {
    const now = this.clock.now();
    const [{ count }] = await this.dataSource.query<[{ count: number }]>(
      `WITH stuck AS (
         SELECT id FROM reminder
          WHERE status = 'PENDING' AND next_attempt_at <= $1
            AND claimed_by IS NOT NULL AND claimed_until <= $1 AND attempts >= $2
          FOR UPDATE SKIP LOCKED
       ), failed AS (
         UPDATE reminder r
            SET status = 'FAILED', claimed_until = NULL, claimed_by = NULL, updated_at = now(),
                last_error = left('Gave up after ' || r.attempts || ' attempts: each time the '
                  || 'sending process stopped before recording a result (crash or timeout).'
                  || COALESCE(' Last error: ' || r.last_error, ''), 1000)
           FROM stuck
          WHERE r.id = stuck.id
         RETURNING r.id
       )
       SELECT count(*)::int AS count FROM failed`,
      [now, this.settings.maxAttempts],
    );
    if (count) this.logger.warn(`failed=${count} (abandoned by crashed dispatchers)`);
    return count;
  }

  /** Claims up to one batch of due rows for this instance, until the lease runs out. */
  async claim(): Promise<Claimed[]> {
    const now = this.clock.now();
    const leaseEnd = new Date(now.getTime() + this.settings.leaseMs);
    return this.dataSource.query<Claimed[]>(
      `WITH due AS (
         SELECT id FROM reminder
          WHERE status = 'PENDING' AND next_attempt_at <= $1
            AND (claimed_until IS NULL OR claimed_until <= $1)
          ORDER BY next_attempt_at, id
          LIMIT $2
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE reminder r
            SET claimed_until = $3, claimed_by = $4, attempts = r.attempts + 1, updated_at = now()
           FROM due
          WHERE r.id = due.id
         RETURNING r.id, r.kind, r.event_kind, r.event_id, r.recipient_id, r.due_at, r.attempts,
                   r.claimed_until, r.rule_id
       )
       SELECT c.id, c.kind, c.event_kind, c.event_id, c.recipient_id, c.due_at, c.attempts,
              c.claimed_until,
              rule.anchor AS rule_anchor, rule.offset_days AS rule_offset_days,
              rule.offset_minutes AS rule_offset_minutes, rule.template AS rule_template,
              rule.audience AS rule_audience, rule.enabled AS rule_enabled
         FROM claimed c LEFT JOIN reminder_rule rule ON rule.id = c.rule_id`,
      [now, this.settings.batchSize, leaseEnd, this.instance],
    );
  }

  /** Sends what this instance claimed and writes the outcomes back. */
  async dispatch(claimed: Claimed[]): Promise<Outcome[]> {
    if (!claimed.length) return [];
    const outcomes = await this.process(claimed);
    const leaseEnd = new Date(Math.min(...claimed.map((c) => new Date(c.claimed_until).getTime())));
    await this.recorder.record(this.instance, outcomes, leaseEnd);
    return outcomes;
  }

  private async process(claimed: Claimed[]): Promise<Outcome[]> {
    const manager = this.dataSource.manager;
    const events = new Map<string, ReminderEvent>();
    for (const kind of new Set(claimed.map((c) => c.event_kind))) {
      const ids = [...new Set(claimed.filter((c) => c.event_kind === kind).map((c) => c.event_id))];
      for (const event of await this.sources.get(kind).load(manager, ids))
        events.set(event.id, event);
    }
    const personIds = [
      ...new Set(claimed.flatMap((c) => (c.recipient_id ? [c.recipient_id] : []))),
    ];
    const people: Person[] = personIds.length
      ? await manager.query(
          `SELECT id, name, email, preferred_language FROM person WHERE id = ANY($1::uuid[])`,
          [personIds],
        )
      : [];
    const since = await unannouncedSince(manager, claimed);
    const now = this.clock.now();
    const batch = this.composer.forBatch();
    const compose: ComposeMail = (row, event, to) => {
      if (row.kind !== ReminderKind.CHANGE_NOTICE) return batch(row, event, to);
      // "Bisher: …" as this person knew it (the batch shares what is alike across recipients).
      const previousDays = daysBefore(event.moves, since.get(row.id) ?? event.sequence, event.days);
      return batch(row, { ...event, previousDays }, to);
    };
    const byId = new Map(people.map((p) => [p.id, p]));
    // Mails not sent within the window (the lease less a margin that also covers the claim and
    // the loads above) are broken off and retried, so the claim never runs out while a mail is
    // in flight and another instance sends it again.
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new Error('the batch ran out of its send window (REMINDER_LEASE)')),
      this.settings.sendWindowMs,
    );
    try {
      return await Promise.all(
        claimed.map((row) =>
          this.deliver(
            compose,
            row,
            events.get(row.event_id),
            row.recipient_id ? byId.get(row.recipient_id) : undefined,
            now,
            deadline.signal,
          ),
        ),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  private async deliver(
    compose: ComposeMail,
    row: Claimed,
    event: ReminderEvent | undefined,
    person: Person | undefined,
    now: Date,
    signal: AbortSignal,
  ): Promise<Outcome> {
    const end = (status: ReminderStatus, reason: string): Outcome => ({
      id: row.id,
      status,
      reason,
      nextAttemptAt: null,
      messageId: null,
      sentAt: null,
      error: null,
    });
    if (!person) return end(ReminderStatus.SKIPPED, REASON.personErased);
    if (!event) return end(ReminderStatus.CANCELLED, REASON.eventDeleted);
    const skip = standDown(row, event, person.id, now);
    if (skip) return end(skip.status, skip.reason);
    try {
      const sent = await this.mailer.send(
        compose(row, event, {
          id: person.id,
          name: person.name,
          email: person.email,
          language: person.preferred_language,
        }),
        { signal },
      );
      return {
        id: row.id,
        status: ReminderStatus.SENT,
        reason: null,
        nextAttemptAt: null,
        messageId: sent.messageId,
        sentAt: now,
        error: null,
      };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = row.attempts >= this.settings.maxAttempts;
      return {
        id: row.id,
        status: giveUp ? ReminderStatus.FAILED : ReminderStatus.PENDING,
        reason: null,
        nextAttemptAt: giveUp
          ? null
          : new Date(now.getTime() + retryDelayMs(row.attempts, this.settings.retryBaseMs)),
        messageId: null,
        sentAt: null,
        error: message.slice(0, 1000),
      };
    }
  }
}
