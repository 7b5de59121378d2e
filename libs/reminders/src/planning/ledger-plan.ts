import { ReminderEvent } from '../events/reminder-event';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import { ReminderAnchor, ReminderKind, ReminderStatus } from '../rule/reminder-enums';
import { dueAt } from './due-time';
import { firstDecision, LEFT_AUDIENCE, REASON, redecide } from './ledger-decisions';

/** What else a change asks for besides moving reminders. */
export type Notice = 'CHANGED' | 'CANCELLED' | null;

/** The rows to insert and the (changed) rows to update, collected over a batch of events. */
export interface LedgerChanges {
  inserts: Partial<ReminderEntity>[];
  updates: Map<string, ReminderEntity>;
}

export interface PlanInput {
  event: ReminderEvent;
  /** The rules that apply to the event (enabled, not replaced). */
  rules: readonly ReminderRuleEntity[];
  /** The event's ledger rows as they are now. */
  rows: readonly ReminderEntity[];
  notice: Notice;
  now: Date;
  graceMs: number;
}

export function ruleKey(ruleId: string, eventId: string, personId: string): string {
  return `rule:${ruleId}:${eventId}:${personId}`;
}

/** A change notice's key: `change:<event>:<the SEQUENCE it announces>:<person>`. */
export function changeKey(eventId: string, sequence: number, personId: string): string {
  return `change:${eventId}:${sequence}:${personId}`;
}

/** SQL: the SEQUENCE a change notice row (alias `r`) announces, read from its key. */
export const noticeSequenceSql = (r: string) => `split_part(${r}.dedupe_key, ':', 3)::int`;

/** Everyone the event concerns now, in any audience. */
export function concernedBy(event: ReminderEvent): Set<string> {
  return new Set(Object.values(event.recipients).flat());
}

/**
 * The people who may have a reminder of this event in their mailbox: sent, or claimed by a
 * dispatcher (in flight, or the dispatcher died after sending). Only those the event still
 * concerns count: a person who withdrew, handed over or was removed hears nothing more.
 */
export function remindedPeople(rows: readonly ReminderEntity[], concerned: Set<string>): string[] {
  const reminded = rows.filter(
    (r) =>
      r.kind === ReminderKind.REMINDER &&
      (r.status === ReminderStatus.SENT ||
        (r.status === ReminderStatus.PENDING && r.claimedBy !== null)),
  );
  return [...new Set(reminded.flatMap((r) => (r.recipientId ? [r.recipientId] : [])))].filter(
    (id) => concerned.has(id),
  );
}

/**
 * Plans one event's ledger: one row per (rule, recipient) following the event (moved,
 * cancelled with the reason, wanted again), notices waiting for people the event no longer
 * concerns cancelled, and — for a change people were told about — change or cancellation
 * notices. Pure: it only fills `changes`.
 */
export function planEvent(input: PlanInput, changes: LedgerChanges): void {
  const { event, rows, notice, now } = input;
  const concerned = concernedBy(event);
  // Before the rows change below: a reminder in flight counts as maybe sent.
  const reminded = remindedPeople(rows, concerned);
  planRuleRows(input, changes);
  for (const row of rows) {
    if (row.kind === ReminderKind.REMINDER || row.status !== ReminderStatus.PENDING) continue;
    const reason =
      event.state === 'CANCELLED' && row.kind === ReminderKind.CHANGE_NOTICE
        ? REASON.eventCancelled
        : !row.recipientId
          ? REASON.personErased
          : !concerned.has(row.recipientId)
            ? REASON.noLongerConcerned
            : null;
    if (reason) cancel(row, reason, changes);
  }
  if (!notice || now.getTime() >= event.endsAt.getTime()) return;
  const people =
    notice === 'CHANGED'
      ? reminded
      : [...reminded, ...event.recipients.PARTICIPANTS, ...event.recipients.FACILITATORS];
  for (const personId of new Set(people)) {
    const dedupeKey =
      notice === 'CHANGED'
        ? changeKey(event.id, event.sequence, personId)
        : `cancel:${event.id}:${personId}`;
    if (notice === 'CHANGED') {
      // One change notice per person: the newest says everything the older ones would.
      for (const older of rows) {
        if (
          older.kind === ReminderKind.CHANGE_NOTICE &&
          older.status === ReminderStatus.PENDING &&
          older.recipientId === personId &&
          older.dedupeKey !== dedupeKey
        ) {
          cancel(older, REASON.superseded, changes);
        }
      }
    }
    changes.inserts.push({
      dedupeKey,
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

function planRuleRows(
  { event, rules, rows, now, graceMs }: PlanInput,
  changes: LedgerChanges,
): void {
  const wanted = new Map<string, { rule: ReminderRuleEntity; personId: string; due: Date }>();
  // A completed event still gets its follow-ups; reminders already due were sent or skipped.
  if (event.state === 'SCHEDULED' || event.state === 'OVER') {
    for (const rule of rules) {
      // A rule (or one switched on again) never reaches back to events that already began.
      if (rule.effectiveFrom.getTime() > event.startsAt.getTime()) continue;
      const anchor = rule.anchor === ReminderAnchor.START ? event.start : event.end;
      const due = dueAt(anchor, event.timeZone, rule.offsetDays, rule.offsetMinutes);
      for (const personId of new Set(event.recipients[rule.audience])) {
        wanted.set(ruleKey(rule.id, event.id, personId), { rule, personId, due });
      }
    }
  }
  for (const row of rows.filter((r) => r.kind === ReminderKind.REMINDER)) {
    const want = wanted.get(row.dedupeKey);
    wanted.delete(row.dedupeKey);
    if (!want) {
      if (row.status === ReminderStatus.PENDING)
        cancel(row, goneReason(event, rules, row), changes);
      continue;
    }
    const decision = redecide(row, want.due, now, event.startsAt, graceMs);
    if (!decision) continue;
    Object.assign(row, decision);
    changes.updates.set(row.id, row);
  }
  for (const [dedupeKey, { rule, personId, due }] of wanted) {
    changes.inserts.push({
      dedupeKey,
      kind: ReminderKind.REMINDER,
      ruleId: rule.id,
      eventKind: event.kind,
      eventId: event.id,
      cohortId: event.cohortId,
      recipientId: personId,
      ...firstDecision(due, now, event.startsAt, graceMs),
    });
  }
}

function cancel(row: ReminderEntity, reason: string, changes: LedgerChanges): void {
  row.status = ReminderStatus.CANCELLED;
  row.reason = reason;
  changes.updates.set(row.id, row);
}

function goneReason(
  event: ReminderEvent,
  rules: readonly ReminderRuleEntity[],
  row: ReminderEntity,
): string {
  if (event.state === 'CANCELLED') return REASON.eventCancelled;
  if (event.state === 'UNPUBLISHED') return REASON.eventUnpublished;
  if (!row.recipientId) return REASON.personErased;
  const rule = rules.find((r) => r.id === row.ruleId);
  if (!rule) return REASON.ruleGone;
  if (rule.effectiveFrom.getTime() > event.startsAt.getTime()) return REASON.ruleNotInEffect;
  return LEFT_AUDIENCE[rule.audience];
}
