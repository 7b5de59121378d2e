import { Injectable } from '@nestjs/common';
import { Clock, germanDate, Language } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import {
  buildCalendar,
  formatDays,
  MailMessage,
  MailRecipient,
  MailTemplateName,
} from '@zyklus/mail';
import { ReminderEvent } from '../events/reminder-event';
import { ReminderAudience, ReminderKind, ReminderTemplate } from '../rule/reminder-enums';
import type { Claimed } from './reminder-dispatcher';

const TEMPLATES: Record<ReminderKind, MailTemplateName> = {
  REMINDER: 'workshop-reminder',
  CHANGE_NOTICE: 'workshop-changed',
  CANCELLATION: 'workshop-cancelled',
};

/** "In 7 Tagen", "Morgen", "In 2 Stunden" … from a rule's offset. */
export function leadFor(offsetDays: number, offsetMinutes: number, language: Language): string {
  const de = language === Language.DE;
  if (offsetDays === -1 && offsetMinutes === 0) return de ? 'Morgen' : 'Tomorrow';
  if (offsetDays < 0 && offsetMinutes === 0) {
    return de ? `In ${-offsetDays} Tagen` : `In ${-offsetDays} days`;
  }
  if (offsetDays === 0 && offsetMinutes < 0 && offsetMinutes % 60 === 0) {
    const hours = -offsetMinutes / 60;
    return de
      ? `In ${hours === 1 ? 'einer Stunde' : `${hours} Stunden`}`
      : `In ${hours === 1 ? 'one hour' : `${hours} hours`}`;
  }
  return de ? 'Bald' : 'Soon';
}

/**
 * Builds the mail for one ledger row: the template for its kind, the event's days with the
 * time zone spelled out, place or link, why the person receives it, and the event as .ics
 * (stable UID, SEQUENCE of the event, METHOD:REQUEST, or CANCEL for a cancellation).
 */
@Injectable()
export class ReminderMailComposer {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * A composer for one batch: what is the same for every recipient of an event (its days as
   * text, the .ics) is built once per event, language and kind.
   */
  forBatch(): (
    row: Claimed,
    event: ReminderEvent,
    to: MailRecipient & { id: string },
  ) => MailMessage {
    const shared = new Map<string, ReturnType<ReminderMailComposer['shared']>>();
    return (row, event, to) => {
      const key = `${event.id}|${to.language}|${row.kind}`;
      let parts = shared.get(key);
      if (!parts) {
        parts = this.shared(row, event, to.language);
        shared.set(key, parts);
      }
      return this.compose(row, event, to, parts);
    };
  }

  compose(
    row: Claimed,
    event: ReminderEvent,
    to: MailRecipient & { id: string },
    parts = this.shared(row, event, to.language),
  ): MailMessage {
    const language = to.language;
    const { days, previous, first, place, calendar } = parts;
    const role = this.roleOf(event, to.id);
    const cancel = row.kind === ReminderKind.CANCELLATION;
    return {
      to,
      template: TEMPLATES[row.kind],
      programmeName: event.programmeName,
      data: {
        name: to.name,
        title: event.title,
        firstDate: language === Language.DE ? germanDate(first) : first,
        lead: leadFor(row.rule_offset_days ?? 0, row.rule_offset_minutes ?? 0, language),
        followUp: row.rule_template === ReminderTemplate.FOLLOW_UP,
        dayLines: days.lines,
        timeZoneLine: days.timeZoneLine,
        previousDayLines: previous,
        place,
        onlineUrl: event.onlineUrl,
        cancellationReason: event.cancellationReason,
        asFacilitator: role === ReminderAudience.FACILITATORS,
        asManager: role === ReminderAudience.PROGRAM_MANAGERS,
      },
      attachments: [
        {
          filename: cancel ? 'absage.ics' : 'termin.ics',
          contentType: `text/calendar; charset=utf-8; method=${cancel ? 'CANCEL' : 'REQUEST'}`,
          content: calendar,
        },
      ],
    };
  }

  /** The parts every recipient of an event in one language shares. */
  private shared(row: Claimed, event: ReminderEvent, language: Language) {
    const days = formatDays(event.days, event.timeZone, language);
    const previous = event.previousDays?.length
      ? formatDays(event.previousDays, event.timeZone, language).lines
      : null;
    const first = event.days[0]?.date ?? event.start.date;
    const place = event.placeName
      ? [event.placeName, event.placeAddress].filter(Boolean).join(', ')
      : null;
    const cancel = row.kind === ReminderKind.CANCELLATION;
    const calendar = buildCalendar(
      [
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
      ],
      {
        method: cancel ? 'CANCEL' : 'REQUEST',
        name: event.programmeName,
        organizer: this.organizer(),
        stamp: this.clock.now(),
      },
    );
    return { days, previous, first, place, calendar };
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
