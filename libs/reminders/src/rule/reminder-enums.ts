import { registerEnumType } from '@nestjs/graphql';

/**
 * A kind of event reminders are sent for, as its context's adapter names it (e.g. `WORKSHOP`):
 * the adapters registered decide which exist (ReminderEventSources), not this library.
 */
export type ReminderEventKind = string;

/** Who a rule writes to, as the kind's adapter declares it (e.g. `PARTICIPANTS`). */
export type ReminderAudience = string;

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
  /** A nudge about something that did not happen (the rule names which). */
  NUDGE = 'NUDGE',
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
    NUDGE: {
      description:
        'Nachfassen: a nudge about something that did not happen (the rule’s nudge), skipped if it happened meanwhile.',
    },
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
