import { Injectable } from '@nestjs/common';
import { Clock, germanDate, Language } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import {
  buildInvitation,
  CalendarAttendee,
  formatDays,
  MailMessage,
  MailRecipient,
} from '@zyklus/mail';
import { ReminderEvent } from '../events/reminder-event';
import { ReminderAudience, ReminderKind, ReminderTemplate } from '../rule/reminder-enums';
import type { Claimed } from './reminder-dispatcher';
import { leadFor } from './reminder-lead';
import { REMINDER_MAIL_TEMPLATES } from './reminder-mail-templates';

/** How each audience appears as ATTENDEE in the .ics. */
const ATTENDEE_ROLES: Record<ReminderAudience, CalendarAttendee['role']> = {
  PARTICIPANTS: 'REQ-PARTICIPANT',
  FACILITATORS: 'CHAIR',
  PROGRAM_MANAGERS: 'OPT-PARTICIPANT',
};

/** What every recipient of one event, in one language and for one kind of mail, shares. */
interface SharedParts {
  data: Record<string, unknown>;
  calendarFor: (attendee: CalendarAttendee) => string;
}

export type ComposeMail = (
  row: Claimed,
  event: ReminderEvent,
  to: MailRecipient & { id: string },
) => MailMessage;

/**
 * Builds the mail for one ledger row: the template its event kind has for the row's kind
 * (REMINDER_MAIL_TEMPLATES), the event's days with the time zone spelled out, place or link, the
 * opening words from the time actually left, why the person receives it, and the event as .ics
 * addressed to them (stable UID, SEQUENCE of the event, METHOD:REQUEST, or CANCEL for a
 * cancellation, the recipient as ATTENDEE).
 */
@Injectable()
export class ReminderMailComposer {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * A composer for one batch, sent now: what is the same for every recipient of an event (its
   * days as text, the opening words, the .ics up to the ATTENDEE) is built once per event,
   * sequence, language and kind; the mail library then renders the templates once per role and
   * fills in each name.
   */
  forBatch(): ComposeMail {
    const now = this.clock.now();
    const shared = new Map<string, SharedParts>();
    return (row, event, to) => {
      // What the shared parts print of the days someone knew before ("Bisher: …").
      const previous = event.previousDays
        ?.map((d) => `${d.date}T${d.startTime}-${d.endTime}`)
        .join(',');
      const key = `${event.id}|${event.sequence}|${to.language}|${row.kind}|${row.rule_template}|${previous}`;
      let parts = shared.get(key);
      if (!parts) {
        parts = this.shared(row, event, to.language, now);
        shared.set(key, parts);
      }
      return this.compose(row, event, to, parts);
    };
  }

  private compose(
    row: Claimed,
    event: ReminderEvent,
    to: MailRecipient & { id: string },
    parts: SharedParts,
  ): MailMessage {
    const role = this.roleOf(event, to.id);
    const cancel = row.kind === ReminderKind.CANCELLATION;
    return {
      to,
      template: REMINDER_MAIL_TEMPLATES[event.kind][row.kind],
      programmeName: event.programmeName,
      data: {
        ...parts.data,
        name: to.name,
        asFacilitator: role === ReminderAudience.FACILITATORS,
        asManager: role === ReminderAudience.PROGRAM_MANAGERS,
      },
      perRecipient: ['name'],
      attachments: [
        {
          filename: cancel ? 'absage.ics' : 'termin.ics',
          contentType: `text/calendar; charset=utf-8; method=${cancel ? 'CANCEL' : 'REQUEST'}`,
          content: parts.calendarFor({
            name: to.name,
            email: to.email,
            role: ATTENDEE_ROLES[role],
          }),
        },
      ],
    };
  }

  /** The parts every recipient of an event in one language shares. */
  private shared(row: Claimed, event: ReminderEvent, language: Language, now: Date): SharedParts {
    const days = formatDays(event.days, event.timeZone, language);
    const previous = event.previousDays?.length
      ? formatDays(event.previousDays, event.timeZone, language).lines
      : null;
    const first = event.days[0]?.date ?? event.start.date;
    const place = event.placeName
      ? [event.placeName, event.placeAddress].filter(Boolean).join(', ')
      : null;
    const cancel = row.kind === ReminderKind.CANCELLATION;
    const calendarFor = buildInvitation(
      {
        uid: `${event.kind.toLowerCase()}-${event.id}@zyklus`,
        sequence: event.sequence,
        title: event.title,
        description: [...days.lines, days.timeZoneLine].join('\n'),
        location: place ?? event.onlineUrl,
        url: event.onlineUrl,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        cancelled: cancel,
      },
      {
        method: cancel ? 'CANCEL' : 'REQUEST',
        name: event.programmeName,
        organizer: this.organizer(),
        stamp: now,
      },
    );
    return {
      calendarFor,
      data: {
        title: event.title,
        firstDate: language === Language.DE ? germanDate(first) : first,
        lead: leadFor(event.startsAt, now, event.timeZone, language),
        followUp: row.rule_template === ReminderTemplate.FOLLOW_UP,
        dayLines: days.lines,
        timeZoneLine: days.timeZoneLine,
        previousDayLines: previous,
        place,
        onlineUrl: event.onlineUrl,
        cancellationReason: event.cancellationReason,
      },
    };
  }

  /** The sender of MAIL_FROM as the events' organizer. */
  organizer(): { name: string; email: string } {
    const from = this.config.mail.from;
    const match = /^(.*?)\s*<([^<>]+)>$/.exec(from);
    return match
      ? { name: match[1] || 'Zyklus', email: match[2]! }
      : { name: 'Zyklus', email: from };
  }

  private roleOf(event: ReminderEvent, personId: string): ReminderAudience {
    if (event.recipients.PARTICIPANTS.includes(personId)) return ReminderAudience.PARTICIPANTS;
    if (event.recipients.FACILITATORS.includes(personId)) return ReminderAudience.FACILITATORS;
    if (event.recipients.PROGRAM_MANAGERS.includes(personId))
      return ReminderAudience.PROGRAM_MANAGERS;
    return ReminderAudience.PARTICIPANTS;
  }
}
