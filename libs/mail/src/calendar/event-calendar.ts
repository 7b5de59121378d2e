import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

/** One event for a calendar: a workshop (later also buddy sessions, peer rounds …). */
export interface CalendarEvent {
  /** Stable across changes, e.g. `workshop-<uuid>@zyklus`: calendars update the entry. */
  uid: string;
  /** Raised with every change, so calendars take the newest version. */
  sequence: number;
  title: string;
  description?: string | null;
  /** Place name and address, or the online link. */
  location?: string | null;
  url?: string | null;
  startsAt: Date;
  endsAt: Date;
  cancelled?: boolean;
}

export interface CalendarOptions {
  /** REQUEST for invitations and updates, CANCEL for cancellations, PUBLISH for feeds. */
  method: 'REQUEST' | 'CANCEL' | 'PUBLISH';
  /** The calendar's name, e.g. the programme's. */
  name: string;
  organizer: { name: string; email: string };
  /** DTSTAMP: when this version was made (the application's clock). */
  stamp: Date;
}

const METHODS = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};

/**
 * An iCalendar file (RFC 5545) with these events, written by ical-generator. Times are UTC
 * instants (…Z): every calendar shows them in its own time zone, and no VTIMEZONE definition
 * can drift from the one the programme uses. A multi-day workshop is one entry from the first
 * day's start to the last day's end; the description lists each day's times.
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    method: METHODS[options.method],
    prodId: { company: 'Zyklus', product: 'Zyklus', language: 'DE' },
  });
  for (const event of events) {
    calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: options.stamp,
      start: event.startsAt,
      end: event.endsAt,
      summary: event.title,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      organizer: { name: options.organizer.name, email: options.organizer.email },
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
