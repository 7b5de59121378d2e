import { ReminderEvent } from '../events/reminder-event';
import { ReminderAudienceSpec } from '../events/reminder-event-source';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import { ReminderStatus } from '../rule/reminder-enums';

/** What else a change asks for besides moving reminders. */
export type Notice = 'CHANGED' | 'CANCELLED' | null;

/** The rows to insert and the (changed) rows to update, collected over a batch of events. */
export interface LedgerChanges {
  inserts: Partial<ReminderEntity>[];
  updates: Map<string, ReminderEntity>;
}

export interface PlanInput {
  event: ReminderEvent;
  /** The audiences the event's kind declares. */
  audiences: readonly ReminderAudienceSpec[];
  /** The rules that apply to the event (enabled, not replaced). */
  rules: readonly ReminderRuleEntity[];
  /** The event's ledger rows as they are now. */
  rows: readonly ReminderEntity[];
  notice: Notice;
  now: Date;
  graceMs: number;
  /** The people who declined the event ("I can't come"). */
  declined: ReadonlySet<string>;
}

/** A row's identity (the columns of `uq_reminder_identity`) as one comparable string. */
export function identityOf(row: Partial<ReminderEntity>): string {
  return [
    row.eventKind,
    row.eventId,
    row.kind,
    row.ruleKey ?? '',
    row.recipientId ?? '',
    String(row.occasion ?? 0).padStart(10, '0'),
    row.invitationId ?? '',
  ].join('|');
}

/** Everyone the event concerns now, in any audience, except those who declined it. */
export function concernedBy(event: ReminderEvent, declined: ReadonlySet<string>): Set<string> {
  return new Set(
    Object.values(event.recipients)
      .flat()
      .filter((id) => !declined.has(id)),
  );
}

/**
 * Whether the mail of a row may be in the person's mailbox: sent, or claimed by a dispatcher (in
 * flight, or the dispatcher died after sending). A write-back always ends the claim.
 */
export function maybeDelivered(row: ReminderEntity): boolean {
  return row.status === ReminderStatus.SENT || row.claimedBy !== null;
}

export function cancel(row: ReminderEntity, reason: string, changes: LedgerChanges): void {
  row.status = ReminderStatus.CANCELLED;
  row.reason = reason;
  changes.updates.set(row.id, row);
}
