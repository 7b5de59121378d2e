import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { isConcurrencyFailure } from '@zyklus/database';
import { setTimeout as pause } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { ReminderStatus } from '../rule/reminder-enums';

/** The outcome of one row, written back in small groups. */
export interface Outcome {
  id: string;
  status: ReminderStatus;
  nextAttemptAt: Date | null;
  messageId: string | null;
  sentAt: Date | null;
  error: string | null;
  reason: string | null;
  /** The planner's revision of the row as claimed. */
  revision: number;
  /** The due time as claimed (a sent mail keeps the time it went out for). */
  dueAt: Date;
  /** The event's SEQUENCE the mail carried, once sent. */
  sequence: number | null;
}

/**
 * Writes a batch's outcomes back as the SMTP server answers them: the first at once, and those
 * that arrive while a write is under way together in the next one (group commit). So a
 * dispatcher that dies leaves at most the mails in flight, and those answered during the last
 * write, unrecorded; and a batch costs a few statements, not one per mail.
 */
export class OutcomeWriter {
  private waiting: Outcome[] = [];
  private writing: Promise<void> | null = null;
  private failure: Error | null = null;

  constructor(
    private readonly recorder: OutcomeRecorder,
    private readonly instance: string,
    private readonly leaseEnd: Date,
  ) {}

  add(outcome: Outcome): void {
    this.waiting.push(outcome);
    this.writing ??= this.drain();
  }

  /** Waits until every outcome is written; rejects if one group could not be. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.failure) throw this.failure;
  }

  private async drain(): Promise<void> {
    while (this.waiting.length) {
      const group = this.waiting;
      this.waiting = [];
      try {
        await this.recorder.record(this.instance, group, this.leaseEnd);
      } catch (error) {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
      }
    }
    this.writing = null;
  }
}

/** At least this many tries to record outcomes, even once the lease has run out. */
const MIN_RECORD_ATTEMPTS = 3;
/** The longest pause between two tries to record outcomes. */
const MAX_RECORD_PAUSE_MS = 5_000;

/**
 * Writes the dispatcher's outcomes back to the ledger, as the mails are answered; what went out
 * must not get lost (see `record`).
 */
@Injectable()
export class OutcomeRecorder {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes back the outcomes of rows `instance` claimed. The mails have gone out by now: if the
   * outcomes were lost, the rows would stay claimed until the lease ran out and then be sent
   * again. So a failure is not given up on: a deadlock or serialization failure (another
   * transaction held some of the rows) is tried again at once, any other failure (a lost
   * connection, the database restarting) after a pause that doubles up to 5 s, for as long as
   * the lease lasts (no other instance takes these rows meanwhile; the tries are harmless, see
   * `writeBack`) and at least three times. Every failed try is logged as an error naming what
   * went out; giving up is the last one.
   */
  /** A writer for one batch's outcomes, written as they come (see OutcomeWriter). */
  open(instance: string, leaseEnd: Date): OutcomeWriter {
    return new OutcomeWriter(this, instance, leaseEnd);
  }

  async record(instance: string, outcomes: Outcome[], leaseEnd: Date): Promise<void> {
    // The pauses (real time) end once they add up to what was left of the lease when the first
    // try failed, so that a clock that stands still (a test's) cannot keep a tick trying for ever.
    let budgetMs: number | null = null;
    let pausedMs = 0;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeBack(instance, outcomes);
        if (attempt > 1) {
          this.logger.warn(
            `Recorded the outcomes of ${outcomes.length} reminder(s) at try ${attempt}`,
          );
        }
        return;
      } catch (error) {
        const left = leaseEnd.getTime() - this.clock.now().getTime();
        budgetMs ??= Math.max(left, 0);
        const sent = outcomes.filter((o) => o.status === ReminderStatus.SENT).map((o) => o.id);
        const what =
          `the outcomes of ${outcomes.length} reminder(s), ${sent.length} of them sent ` +
          `(${sent.join(', ')}): ${error instanceof Error ? error.message : String(error)}`;
        if (attempt >= MIN_RECORD_ATTEMPTS && (left <= 0 || pausedMs >= budgetMs)) {
          this.logger.error(
            `Gave up recording ${what}. After the lease (${leaseEnd.toISOString()}) the sent ` +
              `ones may be sent again.`,
          );
          throw error;
        }
        const ms = isConcurrencyFailure(error)
          ? 0
          : Math.min(100 * 2 ** (attempt - 1), MAX_RECORD_PAUSE_MS);
        this.logger.error(`Could not record ${what}. Trying again (try ${attempt + 1}).`);
        await pause(ms);
        pausedMs += ms;
      }
    }
  }

  /**
   * Writes the outcomes back in one statement, for the rows this instance still holds. A
   * delivery is never forgotten: SENT holds whatever the planner changed meanwhile (the mail
   * went out, with the due time and SEQUENCE it was sent with). Any other outcome applies only
   * to the revision that was claimed: a row the planner changed meanwhile (rescheduled,
   * cancelled, a rule edited) keeps the change. Writing the same outcomes twice changes nothing
   * the second time (the claim is gone). The rows are locked in id order first (`locked`: every
   * row is locked there before the update can reach it), like the planner's: an `UPDATE … FROM`
   * alone locks rows in whatever order its plan meets them, and could hold rows of one event
   * while waiting for a planner that holds another event's rows and waits for these.
   */
  private async writeBack(instance: string, outcomes: Outcome[]): Promise<void> {
    const written = await this.dataSource.query<{ id: string }[]>(
      `WITH locked AS MATERIALIZED (
         SELECT id FROM reminder WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE
       ), written AS (
       UPDATE reminder r
          SET status = CASE WHEN v.sent OR r.revision = v.revision THEN v.status ELSE r.status END,
              reason = CASE WHEN v.sent THEN NULL
                            WHEN r.revision = v.revision THEN COALESCE(v.reason, r.reason)
                            ELSE r.reason END,
              next_attempt_at = CASE WHEN NOT v.sent AND r.revision = v.revision
                                     THEN COALESCE(v.next_attempt_at, r.next_attempt_at)
                                     ELSE r.next_attempt_at END,
              due_at = CASE WHEN v.sent THEN v.due_at ELSE r.due_at END,
              message_id = CASE WHEN v.sent THEN v.message_id ELSE r.message_id END,
              sent_at = CASE WHEN v.sent THEN v.sent_at ELSE r.sent_at END,
              sequence = CASE WHEN v.sent THEN v.sequence ELSE r.sequence END,
              last_error = COALESCE(v.error, r.last_error),
              claimed_until = NULL,
              claimed_by = NULL,
              updated_at = now()
         FROM (SELECT *, status = 'SENT' AS sent
                 FROM unnest($1::uuid[], $2::varchar[], $3::varchar[], $4::timestamptz[],
                             $5::varchar[], $6::timestamptz[], $7::varchar[], $8::int[],
                             $9::timestamptz[], $10::int[])
                      AS u(id, status, reason, next_attempt_at, message_id, sent_at, error,
                           revision, due_at, sequence)) v,
              locked
        WHERE r.id = v.id AND locked.id = v.id AND r.claimed_by = $11
       RETURNING r.id
       )
       SELECT id FROM written`,
      [
        outcomes.map((o) => o.id),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.reason),
        outcomes.map((o) => o.nextAttemptAt),
        outcomes.map((o) => o.messageId),
        outcomes.map((o) => o.sentAt),
        outcomes.map((o) => o.error),
        outcomes.map((o) => o.revision),
        outcomes.map((o) => o.dueAt),
        outcomes.map((o) => o.sequence),
        instance,
      ],
    );
    if (written.length === outcomes.length) return;
    const kept = new Set(written.map((w) => w.id));
    const sentMeanwhile = outcomes.filter(
      (o) => o.status === ReminderStatus.SENT && !kept.has(o.id),
    );
    if (sentMeanwhile.length) {
      this.logger.warn(
        `Sent ${sentMeanwhile.length} mail(s) for reminders another instance took over while ` +
          `they were being sent (the lease ran out): ${sentMeanwhile.map((o) => o.id).join(', ')}`,
      );
    }
  }
}
