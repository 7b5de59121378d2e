import { Injectable } from '@nestjs/common';
import { Clock, germanDate, Language, zonedInstant } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import {
  buildInvitation,
  CalendarAttendee,
  CalendarEvent,
  formatDays,
  MailAttachment,
  MailMessage,
  MailRecipient,
  MailTemplate,
  parseMailbox,
} from '@zyklus/mail';
import { DeclineLinks } from '../decline/decline-links';
import { placeLine, ReminderEvent } from '../events/reminder-event';
import { ReminderAudienceSpec, ReminderEventSource } from '../events/reminder-event-source';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderKind, ReminderTemplate } from '../rule/reminder-enums';
import type { Claimed } from './claimed';
import { leadFor } from './reminder-lead';

/** Kinds of mail that take the event out of the recipient's calendar. */
const CANCELS: readonly ReminderKind[] = [
  ReminderKind.CANCELLATION,
  ReminderKind.PERSONAL_CANCELLATION,
];

/** Numbers the batches of this process (see `forBatch`). */
let batches = 0;

/** What every recipient of one event, in one language and for one kind of mail, shares. */
interface SharedParts {
  /** Identifies the parts (see `forBatch`): with the role flags, the mail's render key. */
  key: string;
  data: Record<string, unknown>;
  calendars: {
    filename: string;
    method: 'REQUEST' | 'CANCEL';
    for: (a: CalendarAttendee) => string;
  }[];
}

/**
 * A recipient as the composer needs them: who, their calendar feed's address, and for a contact
 * without an account their one-click unsubscribe address and the adapter's values for the
 * templates (printed only, e.g. `initiativeName`).
 */
export type ComposeRecipient = MailRecipient & {
  id: string;
  feedUrl: string | null;
  unsubscribe: { url: string; data: Record<string, string> } | null;
};

export type ComposeMail = (row: Claimed, event: ReminderEvent, to: ComposeRecipient) => MailMessage;

/**
 * Builds the mail for one ledger row: the template its event kind's adapter names for the row's
 * kind (or the nudge's), the event's days with the time zone spelled out, place or link,
 * its description, the opening words from the time actually left, what changed ("Bisher: …"),
 * why the person receives it, links to their calendar feed, to the event's page in the web app
 * and, for participants, the signed "I can't come" link; and the event as .ics addressed to them
 * (one VEVENT per day with stable UIDs, SEQUENCE of the event, METHOD:REQUEST, or CANCEL for a
 * cancellation, the recipient as ATTENDEE).
 */
@Injectable()
export class ReminderMailComposer {
  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly declines: DeclineLinks,
    private readonly sources: ReminderEventSources,
  ) {}

  /**
   * A composer for one batch, sent now: what is the same for every recipient of an event (its
   * days as text, the opening words, the .ics up to the ATTENDEE) is built once per event,
   * sequence, language and kind; the mail library then renders the templates once per role and
   * fills in each name and link.
   */
  forBatch(): ComposeMail {
    const now = this.clock.now();
    // Render keys hold within this batch only: the opening words depend on now, and an event
    // may change (its description) between batches.
    const batch = ++batches;
    const shared = new Map<string, SharedParts>();
    return (row, event, to) => {
      // What the shared parts print of what someone knew before ("Bisher: …").
      const key = `${event.id}|${event.sequence}|${to.language}|${row.kind}|${row.rule_template}|${JSON.stringify(event.previous)}`;
      let parts = shared.get(key);
      if (!parts) {
        parts = { key: `${batch}|${key}`, ...this.shared(row, event, to.language, now) };
        shared.set(key, parts);
      }
      return this.compose(row, event, to, parts, now);
    };
  }

  private compose(
    row: Claimed,
    event: ReminderEvent,
    to: ComposeRecipient,
    parts: SharedParts,
    now: Date,
  ): MailMessage {
    const source = this.sources.get(event.kind);
    const role = roleOf(source, event, to.id);
    // Those who may decline may say so from any mail that puts the event in their calendar.
    const nudge = row.rule_template === ReminderTemplate.NUDGE;
    const canDecline =
      !nudge &&
      role.canDecline === true &&
      (event.recipients[role.name] ?? []).includes(to.id) &&
      (row.kind === ReminderKind.REMINDER || row.kind === ReminderKind.CHANGE_NOTICE) &&
      event.state === 'SCHEDULED' &&
      now.getTime() < event.endsAt.getTime();
    const declineUrl = canDecline
      ? this.declines.url({
          eventKind: event.kind,
          eventId: event.id,
          personId: to.id,
          expiresAt: event.endsAt,
        })
      : '';
    const unsubscribe = to.unsubscribe;
    return {
      to: { name: to.name, email: to.email, language: to.language },
      template: mailOf(source, row),
      programmeName: event.programmeName,
      replyTo: event.replyTo,
      data: {
        ...parts.data,
        name: to.name,
        ...Object.fromEntries(
          source.audiences.flatMap((a) => (a.templateFlag ? [[a.templateFlag, a === role]] : [])),
        ),
        declined: row.declined,
        canDecline,
        declineUrl,
        hasFeed: to.feedUrl !== null,
        feedUrl: to.feedUrl ?? '',
        hasUnsubscribe: unsubscribe !== null,
        unsubscribeUrl: unsubscribe?.url ?? '',
        ...unsubscribe?.data,
      },
      perRecipient: [
        'name',
        'declineUrl',
        'feedUrl',
        'unsubscribeUrl',
        ...Object.keys(unsubscribe?.data ?? {}),
      ],
      // The rest of the data follows from the shared parts and these flags.
      renderKey: `${parts.key}|${role.name}|${row.declined}|${canDecline}|${to.feedUrl !== null}|${unsubscribe !== null}`,
      // A contact without an account can leave with one click (RFC 8058).
      ...(unsubscribe ? { listUnsubscribe: unsubscribe.url } : {}),
      // A nudge is about something to do, not an invitation: no calendar entry.
      attachments: (nudge ? [] : parts.calendars).map((calendar): MailAttachment => ({
        filename: calendar.filename,
        contentType: `text/calendar; charset=utf-8; method=${calendar.method}`,
        content: calendar.for({ name: to.name, email: to.email, role: role.attendeeRole }),
      })),
    };
  }

  /** The parts every recipient of an event in one language shares. */
  private shared(
    row: Claimed,
    event: ReminderEvent,
    language: Language,
    now: Date,
  ): Omit<SharedParts, 'key'> {
    const days = formatDays(event.days, event.timeZone, language);
    const previous = event.previous;
    const first = event.days[0]?.date ?? event.start.date;
    const place = placeLine(event);
    const cancel = CANCELS.includes(row.kind);
    const webUrl = `${this.config.appUrl}${event.webPath}`;
    const calendarDays = event.days.map((d) => ({
      startsAt: zonedInstant(d.date, d.startTime, event.timeZone),
      endsAt: zonedInstant(d.date, d.endTime, event.timeZone),
    }));
    const entry: CalendarEvent = {
      uid: `${event.kind.toLowerCase()}-${event.id}@zyklus`,
      sequence: event.sequence,
      title: event.title,
      description: [
        ...(event.description ? [event.description, ''] : []),
        ...days.lines,
        days.timeZoneLine,
        '',
        webUrl,
      ].join('\n'),
      location: place ?? event.onlineUrl,
      url: event.onlineUrl ?? webUrl,
      days: calendarDays,
      cancelled: cancel,
    };
    const options = {
      name: event.programmeName,
      organizer: this.organizer(),
      stamp: now,
    };
    const calendars: SharedParts['calendars'] = [
      {
        filename: cancel ? 'absage.ics' : 'termin.ics',
        method: cancel ? 'CANCEL' : 'REQUEST',
        for: buildInvitation(entry, { ...options, method: cancel ? 'CANCEL' : 'REQUEST' }),
      },
    ];
    // Days a move took away (a three-day workshop now two days long) leave the calendars too.
    const removed = previous?.days?.slice(event.days.length) ?? [];
    if (row.kind === ReminderKind.CHANGE_NOTICE && removed.length) {
      calendars.push({
        filename: 'absage-tage.ics',
        method: 'CANCEL',
        for: buildInvitation(
          {
            ...entry,
            cancelled: true,
            firstDay: event.days.length,
            days: removed.map((d) => ({
              startsAt: zonedInstant(d.date, d.startTime, event.timeZone),
              endsAt: zonedInstant(d.date, d.endTime, event.timeZone),
            })),
          },
          { ...options, method: 'CANCEL' },
        ),
      });
    }
    return {
      calendars,
      data: {
        title: event.title,
        description: event.description,
        firstDate: language === Language.DE ? germanDate(first) : first,
        lead: leadFor(event.startsAt, now, event.timeZone, language),
        followUp: row.rule_template === ReminderTemplate.FOLLOW_UP,
        dayLines: days.lines,
        timeZoneLine: days.timeZoneLine,
        previousDayLines: previous?.days?.length
          ? formatDays(previous.days, event.timeZone, language).lines
          : null,
        previousTitle: previous?.title ?? null,
        placeChanged: previous !== null && 'place' in previous,
        previousPlace: previous?.place ?? null,
        linkChanged: previous !== null && 'onlineUrl' in previous,
        previousOnlineUrl: previous?.onlineUrl ?? null,
        place,
        onlineUrl: event.onlineUrl,
        webUrl,
        cancellationReason: event.cancellationReason,
      },
    };
  }

  /** The sender of MAIL_FROM as the events' organizer. */
  organizer(): { name: string; email: string } {
    const from = parseMailbox(this.config.mail.from);
    return { name: from.name || 'Zyklus', email: from.address };
  }
}

/**
 * The audience a person receives the mail as: the first of the kind's audiences they are in
 * (e.g. a coordinator who also facilitates is a participant); the first audience if none.
 */
function roleOf(
  source: ReminderEventSource,
  event: ReminderEvent,
  id: string,
): ReminderAudienceSpec {
  return (
    source.audiences.find((a) => (event.recipients[a.name] ?? []).includes(id)) ??
    source.audiences[0]!
  );
}

/** The mail of a row: its nudge's, or the kind's for the row's kind. */
function mailOf(source: ReminderEventSource, row: Claimed): MailTemplate {
  const nudge = row.rule_nudge && source.nudges?.find((n) => n.name === row.rule_nudge);
  return nudge ? nudge.mail : source.mails[row.kind];
}
