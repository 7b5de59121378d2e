import { registerEnumType } from '@nestjs/graphql';

/** Kinds of event reminders are sent for; each has a small adapter (events/). */
export enum ReminderEventKind {
  WORKSHOP = 'WORKSHOP',
}

/** Who a rule writes to. */
export enum ReminderAudience {
  PARTICIPANTS = 'PARTICIPANTS',
  FACILITATORS = 'FACILITATORS',
  PROGRAM_MANAGERS = 'PROGRAM_MANAGERS',
}

/** The moment an offset counts from. */
export enum ReminderAnchor {
  START = 'START',
  END = 'END',
}

/** Which mail a rule sends. */
export enum ReminderTemplate {
  /** "Erinnerung: …" before the event. */
  REMINDER = 'REMINDER',
  /** A follow-up after the event. */
  FOLLOW_UP = 'FOLLOW_UP',
}

/** What a ledger row sends. */
export enum ReminderKind {
  REMINDER = 'REMINDER',
  CHANGE_NOTICE = 'CHANGE_NOTICE',
  CANCELLATION = 'CANCELLATION',
  /** The event goes on without this person: their calendar copy is cancelled. */
  PERSONAL_CANCELLATION = 'PERSONAL_CANCELLATION',
}

export enum ReminderStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}

registerEnumType(ReminderEventKind, {
  name: 'ReminderEventKind',
  description: 'Kind of event reminders are sent for (buddy sessions, peer rounds … later).',
  valuesMap: { WORKSHOP: { description: 'A workshop of a cohort’s cycle.' } },
});
registerEnumType(ReminderAudience, {
  name: 'ReminderAudience',
  description: 'Who a reminder rule writes to.',
  valuesMap: {
    PARTICIPANTS: { description: 'The coordinators of the networks taking part.' },
    FACILITATORS: { description: 'The event’s facilitators who are people of Zyklus.' },
    PROGRAM_MANAGERS: { description: 'Every program manager.' },
  },
});
registerEnumType(ReminderAnchor, {
  name: 'ReminderAnchor',
  description: 'Whether an offset counts from the event’s start or its end.',
  valuesMap: {
    START: { description: 'Beginn: from the event’s start (its first day).' },
    END: { description: 'Ende: from the event’s end (its last day).' },
  },
});
registerEnumType(ReminderTemplate, {
  name: 'ReminderTemplate',
  description: 'The mail a rule sends.',
  valuesMap: {
    REMINDER: { description: 'Erinnerung: a reminder before the event.' },
    FOLLOW_UP: { description: 'Nachbereitung: a follow-up after the event.' },
  },
});
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: 'What a ledger row sends.',
  valuesMap: {
    REMINDER: { description: 'A reminder by a rule.' },
    CHANGE_NOTICE: { description: 'The event changed after the person was reminded.' },
    CANCELLATION: { description: 'The event was cancelled.' },
    PERSONAL_CANCELLATION: {
      description:
        'The event goes on without the person (they declined, withdrew, handed over or were removed): the calendar entry they were sent is cancelled (METHOD:CANCEL).',
    },
  },
});
registerEnumType(ReminderStatus, {
  name: 'ReminderStatus',
  description: 'Where a reminder stands.',
  valuesMap: {
    PENDING: { description: 'Due at its time (or retrying).' },
    SENT: { description: 'Accepted by the mail server; final.' },
    SKIPPED: { description: 'Not sent, with the reason; final.' },
    CANCELLED: {
      description: 'No longer wanted (event cancelled, person left …), with the reason.',
    },
    FAILED: { description: 'Every attempt failed; a program manager can retry it.' },
  },
});
