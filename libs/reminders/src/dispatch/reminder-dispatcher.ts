import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { ReminderSettings } from '../planning/reminder-settings';
import { ReminderStatus } from '../rule/reminder-enums';
import { BatchDelivery } from './batch-delivery';
import { Claimed } from './claimed';
import { Outcome, OutcomeRecorder } from './outcome-recorder';

export interface TickCounts {
  sent: number;
  failed: number;
  retried: number;
  skipped: number;
  cancelled: number;
  batches: number;
}

/** Batches sending at once: one sends while the next is claimed and prepared. */
const BATCHES_AT_ONCE = 2;

/**
 * Sends due reminders. Each batch is claimed in one statement (`FOR UPDATE SKIP LOCKED`, a lease
 * until `claimed_until`, attempts counted), sent through the mail library's pooled transport,
 * and each outcome written back as the SMTP server answers it, in small groups (OutcomeWriter):
 * SENT always holds; any other outcome only if the planner did not change the row meanwhile
 * (its revision), so a late write-back never undoes a reschedule, cancellation or withdrawal,
 * and a change never makes the ledger forget a mail that went out. The write-back locks its rows
 * in id order, as the planner does, and is retried until it succeeds or the lease is over.
 *
 * While one batch sends, the next is claimed and prepared, so the connections do not wait for
 * the database. Any number of instances can run against one database: a row is sent twice only
 * if an instance died with its mail in flight (or just answered and not yet recorded); then its
 * lease runs out and another instance sends it again. A row whose every attempt ended that way
 * is FAILED.
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
    private readonly delivery: BatchDelivery,
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
    const running = new Set<Promise<void>>();
    const failures: unknown[] = [];
    for (let i = 0; i < maxBatches && !failures.length; i++) {
      const claimed = await this.claim();
      if (!claimed.length) break;
      counts.batches += 1;
      const batch = this.dispatch(claimed).then(
        (outcomes) => {
          this.lastProgressAt = this.clock.now();
          count(counts, outcomes);
        },
        (error: unknown) => void failures.push(error),
      );
      running.add(batch);
      void batch.finally(() => running.delete(batch));
      if (claimed.length < this.settings.batchSize) break;
      if (running.size >= BATCHES_AT_ONCE) await Promise.race(running);
    }
    await Promise.all(running);
    this.lastTickAt = this.clock.now();
    this.lastProgressAt = this.lastTickAt;
    if (counts.batches) {
      this.logger.log(
        `sent=${counts.sent} failed=${counts.failed} retried=${counts.retried} skipped=${counts.skipped} cancelled=${counts.cancelled}`,
      );
    }
    if (failures.length) throw failures[0];
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

  /**
   * Claims up to one batch of due rows for this instance, until the lease runs out: the longest
   * due first, those of one event together.
   */
  async claim(): Promise<Claimed[]> {
    const now = this.clock.now();
    const leaseEnd = new Date(now.getTime() + this.settings.leaseMs);
    return this.dataSource.query<Claimed[]>(
      `WITH due AS (
         SELECT id FROM reminder
          WHERE status = 'PENDING' AND next_attempt_at <= $1
            AND (claimed_until IS NULL OR claimed_until <= $1)
          -- Rows due together by event: a batch shares each event's mail parts (and rendering)
          -- among all its recipients instead of building them for one or two each.
          ORDER BY next_attempt_at, event_id, id
          LIMIT $2
          FOR UPDATE SKIP LOCKED
       ), claimed AS (
         UPDATE reminder r
            SET claimed_until = $3, claimed_by = $4, attempts = r.attempts + 1, updated_at = now()
           FROM due
          WHERE r.id = due.id
         RETURNING r.id, r.kind, r.event_kind, r.event_id, r.recipient_id, r.contact_id, r.due_at, r.attempts,
                   r.revision, r.claimed_until, r.rule_id
       )
       SELECT c.id, c.kind, c.event_kind, c.event_id, c.recipient_id, c.contact_id, c.due_at, c.attempts,
              c.revision, c.claimed_until,
              EXISTS (SELECT 1 FROM reminder_decline d
                       WHERE d.event_kind = c.event_kind AND d.event_id = c.event_id
                         AND d.person_id = c.recipient_id) AS declined,
              CASE WHEN c.kind = 'PERSONAL_CANCELLATION' THEN EXISTS (
                SELECT 1 FROM reminder q
                 WHERE q.event_id = c.event_id AND q.recipient_id = c.recipient_id
                   AND q.kind IN ('REMINDER', 'CHANGE_NOTICE')
                   AND (q.status = 'SENT' OR q.claimed_by IS NOT NULL)) END AS invited,
              rule.anchor AS rule_anchor, rule.offset_days AS rule_offset_days,
              rule.offset_minutes AS rule_offset_minutes, rule.template AS rule_template,
              rule.audience AS rule_audience, rule.enabled AS rule_enabled, rule.nudge AS rule_nudge
         FROM claimed c LEFT JOIN reminder_rule rule ON rule.id = c.rule_id`,
      [now, this.settings.batchSize, leaseEnd, this.instance],
    );
  }

  /**
   * Sends what this instance claimed; each outcome is written back as it comes. Resolves once
   * all are written, with the outcomes.
   */
  async dispatch(claimed: Claimed[]): Promise<Outcome[]> {
    if (!claimed.length) return [];
    const leaseEnd = new Date(Math.min(...claimed.map((c) => new Date(c.claimed_until).getTime())));
    const writer = this.recorder.open(this.instance, leaseEnd);
    const outcomes: Outcome[] = [];
    try {
      await this.delivery.deliver(claimed, (outcome) => {
        outcomes.push(outcome);
        writer.add(outcome);
      });
    } finally {
      await writer.close();
    }
    return outcomes;
  }
}

function count(counts: TickCounts, outcomes: readonly Outcome[]): void {
  for (const outcome of outcomes) {
    if (outcome.status === ReminderStatus.SENT) counts.sent += 1;
    else if (outcome.status === ReminderStatus.FAILED) counts.failed += 1;
    else if (outcome.status === ReminderStatus.PENDING) counts.retried += 1;
    else if (outcome.status === ReminderStatus.SKIPPED) counts.skipped += 1;
    else counts.cancelled += 1;
  }
}
