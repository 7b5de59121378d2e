import { ReminderStatus } from '../rule/reminder-enums';
import { arrival } from './due-time';

/** The reasons a row ends SKIPPED or CANCELLED, in words a program manager reads. */
export const REASON = {
  eventCancelled: 'event cancelled',
  eventUnpublished: 'event unpublished',
  eventDeleted: 'event deleted',
  personErased: 'person erased',
  noConsent: 'the contact has not agreed to mails (or unsubscribed)',
  ruleGone: 'rule disabled, replaced or removed',
  ruleNotInEffect: 'rule not yet in effect when the event began',
  noLongerConcerned: 'no longer concerned (withdrew, handed over or removed)',
  superseded: 'superseded by a newer change',
  movedToThePast: 'moved to a time that has already passed',
  createdAfterStart: 'created after the event began',
  declined: 'declined',
  duplicate: 'the same mail as another rule’s reminder',
  rescheduled: 'the event moved; a reminder for the new date replaces it',
  concernedAgain: 'takes part again',
  notInvited: 'no invitation reached the person',
  leftAudience: 'no longer among the people the rule writes to',
} as const;

/** What a rule's row becomes. */
export interface Decision {
  status: ReminderStatus.PENDING | ReminderStatus.SKIPPED;
  dueAt: Date;
  nextAttemptAt: Date;
  reason: string | null;
}

export function decide(
  due: Date,
  now: Date,
  eventStart: Date,
  graceMs: number,
  skipReason?: string,
): Decision {
  const next = arrival(due, now, eventStart, graceMs);
  return next.status === 'PENDING'
    ? {
        status: ReminderStatus.PENDING,
        dueAt: due,
        nextAttemptAt: next.nextAttemptAt,
        reason: null,
      }
    : {
        status: ReminderStatus.SKIPPED,
        dueAt: due,
        nextAttemptAt: due,
        reason: skipReason ?? next.reason,
      };
}

/**
 * A new row of a rule for one person: pending until its time; skipped if its time has passed
 * (beyond the grace window) or if the event already began when the row comes to be (a person
 * who joins afterwards gets no follow-up about an event they were not at).
 */
export function firstDecision(due: Date, now: Date, eventStart: Date, graceMs: number): Decision {
  const decision = decide(due, now, eventStart, graceMs);
  if (decision.status === ReminderStatus.PENDING && now.getTime() >= eventStart.getTime()) {
    return { ...decision, status: ReminderStatus.SKIPPED, reason: REASON.createdAfterStart };
  }
  return decision;
}

/**
 * What an existing row of a rule becomes when it is (still) wanted at `due`, or null if it stays
 * as it is. Sent and failed rows are final. A pending row follows a new due time; a cancelled
 * one is wanted again and decided afresh; a skipped one is decided afresh when its due time
 * moves (a workshop published late and then moved later gets its reminder after all).
 */
export function redecide(
  row: { status: ReminderStatus; dueAt: Date },
  due: Date,
  now: Date,
  eventStart: Date,
  graceMs: number,
): Decision | null {
  const moved = row.dueAt.getTime() !== due.getTime();
  if (row.status === ReminderStatus.CANCELLED) return decide(due, now, eventStart, graceMs);
  if (row.status === ReminderStatus.PENDING || row.status === ReminderStatus.SKIPPED) {
    return moved ? decide(due, now, eventStart, graceMs, REASON.movedToThePast) : null;
  }
  return null;
}

/**
 * A rule's reminder about the new date of a moved event, for a person already reminded about an
 * earlier date: sent when its time comes, skipped if that time has already passed (no catching up
 * right after the change notice).
 */
export function afterMove(due: Date, now: Date): Decision {
  return due.getTime() > now.getTime()
    ? { status: ReminderStatus.PENDING, dueAt: due, nextAttemptAt: due, reason: null }
    : {
        status: ReminderStatus.SKIPPED,
        dueAt: due,
        nextAttemptAt: due,
        reason: REASON.movedToThePast,
      };
}
