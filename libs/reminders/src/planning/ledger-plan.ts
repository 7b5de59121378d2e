import { ReminderEvent } from '../events/reminder-event';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderKind, ReminderStatus, ReminderTemplate } from '../rule/reminder-enums';
import { REASON } from './ledger-decisions';
import { cancel, concernedBy, LedgerChanges, maybeDelivered, PlanInput } from './plan-basics';
import { planRuleRows } from './rule-rows';

export { concernedBy, identityOf, maybeDelivered, recipientOf } from './plan-basics';
export type { LedgerChanges, Notice, PlanInput } from './plan-basics';

/**
 * The people who may have a reminder of this event in their mailbox and whom it still concerns:
 * a person who withdrew, handed over, was removed or declined hears nothing more. Contacts
 * (`contactId`) are left out: the ledger sends them no notices (see `ReminderAudienceSpec`).
 */
export function remindedPeople(rows: readonly ReminderEntity[], concerned: Set<string>): string[] {
  const reminded = rows.filter(
    (r) => r.kind === ReminderKind.REMINDER && r.template !== NUDGE && maybeDelivered(r),
  );
  return [...new Set(reminded.flatMap((r) => (r.recipientId ? [r.recipientId] : [])))].filter(
    (id) => concerned.has(id),
  );
}

/** A nudge is no invitation: it carries no .ics and asks for no change notice. */
const NUDGE = ReminderTemplate.NUDGE;

/** Kinds of mail that put the event in a calendar (.ics METHOD:REQUEST). */
const REQUESTS: readonly ReminderKind[] = [ReminderKind.REMINDER, ReminderKind.CHANGE_NOTICE];

/**
 * Plans one event's ledger: the rules' reminders (`planRuleRows`), notices waiting for people the
 * event no longer concerns cancelled, a personal cancellation (METHOD:CANCEL) for everyone who
 * may hold an invitation and left or declined, and — for a change people were told about —
 * change or cancellation notices. Pure: it only fills `changes`.
 */
export function planEvent(input: PlanInput, changes: LedgerChanges): void {
  const { event, rows, notice, now, declined } = input;
  const concerned = concernedBy(event, declined);
  // Before the rows change below: a reminder in flight counts as maybe sent.
  const reminded = remindedPeople(rows, concerned);
  const holders = invitationHolders(rows);
  planRuleRows(input, changes);
  for (const row of rows) {
    if (row.kind === ReminderKind.REMINDER || row.status !== ReminderStatus.PENDING) continue;
    const personal = row.kind === ReminderKind.PERSONAL_CANCELLATION;
    const reason =
      event.state === 'CANCELLED' && row.kind === ReminderKind.CHANGE_NOTICE
        ? REASON.eventCancelled
        : !row.recipientId // notices go to people only, never to contacts
          ? REASON.personErased
          : personal && concerned.has(row.recipientId)
            ? REASON.concernedAgain
            : !personal && declined.has(row.recipientId)
              ? REASON.declined
              : !personal && !concerned.has(row.recipientId)
                ? REASON.noLongerConcerned
                : null;
    if (reason) cancel(row, reason, changes);
  }
  if (now.getTime() >= event.endsAt.getTime()) return;
  if (event.state !== 'CANCELLED') planPersonalCancellations(input, holders, concerned, changes);
  if (!notice) return;
  const people =
    notice === 'CHANGED'
      ? reminded
      : [
          ...reminded,
          ...input.audiences
            .filter((a) => a.toldOfCancellation)
            .flatMap((a) => event.recipients[a.name] ?? []),
        ].filter((id) => concerned.has(id));
  for (const personId of new Set(people)) {
    // A change notice is about the SEQUENCE it announces; a cancellation comes once.
    const occasion = notice === 'CHANGED' ? event.sequence : 0;
    if (notice === 'CHANGED') {
      // One change notice per person: the newest says everything the older ones would.
      for (const older of rows) {
        if (
          older.kind === ReminderKind.CHANGE_NOTICE &&
          older.status === ReminderStatus.PENDING &&
          older.recipientId === personId &&
          older.occasion !== occasion
        ) {
          cancel(older, REASON.superseded, changes);
        }
      }
    }
    changes.inserts.push(
      notification(
        event,
        personId,
        notice === 'CHANGED' ? ReminderKind.CHANGE_NOTICE : ReminderKind.CANCELLATION,
        now,
        { occasion },
      ),
    );
  }
}

/** Per person: the latest row whose mail may have put the event in their calendar. */
function invitationHolders(rows: readonly ReminderEntity[]): Map<string, ReminderEntity> {
  const holders = new Map<string, ReminderEntity>();
  for (const row of rows) {
    if (!row.recipientId || !REQUESTS.includes(row.kind) || row.template === NUDGE) continue;
    if (!maybeDelivered(row)) continue;
    const known = holders.get(row.recipientId);
    if (!known || later(row, known)) holders.set(row.recipientId, row);
  }
  return holders;
}

function later(a: ReminderEntity, b: ReminderEntity): boolean {
  const at = (r: ReminderEntity) => r.createdAt?.getTime() ?? 0;
  return at(a) > at(b) || (at(a) === at(b) && a.id > b.id);
}

/**
 * Someone who may hold the event in their calendar (an invitation sent, or being sent) and whom
 * it no longer concerns — they withdrew, handed over, were removed as facilitator or declined —
 * gets a METHOD:CANCEL for their copy, once per invitation (`invitationId`: the latest one).
 */
function planPersonalCancellations(
  { event, rows, now }: PlanInput,
  holders: ReadonlyMap<string, ReminderEntity>,
  concerned: ReadonlySet<string>,
  changes: LedgerChanges,
): void {
  const released = new Set(
    rows.flatMap((r) => (r.kind === ReminderKind.PERSONAL_CANCELLATION ? [r.invitationId] : [])),
  );
  for (const [personId, invitation] of holders) {
    if (concerned.has(personId) || released.has(invitation.id)) continue;
    changes.inserts.push(
      notification(event, personId, ReminderKind.PERSONAL_CANCELLATION, now, {
        invitationId: invitation.id,
      }),
    );
  }
}

function notification(
  event: ReminderEvent,
  personId: string,
  kind: ReminderKind,
  now: Date,
  identity: { occasion?: number; invitationId?: string },
): Partial<ReminderEntity> {
  return {
    kind,
    ruleId: null,
    ruleKey: null,
    occasion: identity.occasion ?? 0,
    invitationId: identity.invitationId ?? null,
    eventKind: event.kind,
    eventId: event.id,
    cohortId: event.cohortId,
    recipientId: personId,
    contactId: null,
    dueAt: now,
    status: ReminderStatus.PENDING,
    nextAttemptAt: now,
    reason: null,
  };
}
