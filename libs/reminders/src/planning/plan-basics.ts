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
    row.contactId ?? '',
    String(row.occasion ?? 0).padStart(10, '0'),
    row.invitationId ?? '',
  ].join('|');
}

/**
 * The recipient of a row: a person's id, a contact's id (audiences of `contacts`), or null once
 * the person was erased. Person and contact ids are random UUIDs of different tables and never
 * meet, so the plan treats both as one kind of key.
 */
export function recipientOf(row: Partial<ReminderEntity>): string | null {
  return row.recipientId ?? row.contactId ?? null;
}

/** The ids of the event's recipients who are contacts (audiences declared with `contacts`). */
export function contactsOf(
  event: ReminderEvent,
  audiences: readonly ReminderAudienceSpec[],
): Set<string> {
  return new Set(
    audiences.filter((a) => a.contacts).flatMap((a) => event.recipients[a.name] ?? []),
  );
}

/** The ledger columns of a recipient: a contact's id goes to `contactId`, a person's to `recipientId`. */
export function recipientColumns(
  id: string,
  contacts: ReadonlySet<string>,
): Pick<ReminderEntity, 'recipientId' | 'contactId'> {
  return contacts.has(id)
    ? { recipientId: null, contactId: id }
    : { recipientId: id, contactId: null };
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
