import ical, {
  ICalAttendee,
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalAttendeeType,
  ICalCalendar,
  ICalCalendarMethod,
  ICalEvent,
  ICalEventStatus,
} from 'ical-generator';

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

/** The person an invitation or cancellation is for (RFC 5546 ATTENDEE). */
export interface CalendarAttendee {
  name: string;
  email: string;
  /** REQ-PARTICIPANT by default; CHAIR for who runs it, OPT-PARTICIPANT for who looks after it. */
  role?: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT' | 'CHAIR';
}

const METHODS = {
  REQUEST: ICalCalendarMethod.REQUEST,
  CANCEL: ICalCalendarMethod.CANCEL,
  PUBLISH: ICalCalendarMethod.PUBLISH,
};

const ROLES = {
  'REQ-PARTICIPANT': ICalAttendeeRole.REQ,
  'OPT-PARTICIPANT': ICalAttendeeRole.OPT,
  CHAIR: ICalAttendeeRole.CHAIR,
};

function calendarOf(
  events: readonly CalendarEvent[],
  options: CalendarOptions,
): { calendar: ICalCalendar; entries: ICalEvent[] } {
  const calendar = ical({
    name: options.name,
    method: METHODS[options.method],
    prodId: { company: 'Zyklus', product: 'Zyklus', language: 'DE' },
  });
  const entries = events.map((event) =>
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
    }),
  );
  return { calendar, entries };
}

/**
 * An iCalendar file (RFC 5545) with these events, written by ical-generator. Times are UTC
 * instants (…Z): every calendar shows them in its own time zone, and no VTIMEZONE definition
 * can drift from the one the programme uses. A multi-day workshop is one entry from the first
 * day's start to the last day's end; the description lists each day's times.
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  return calendarOf(events, options).calendar.toString();
}

/**
 * An invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) of one event, addressed to one
 * attendee at a time: RFC 5546 wants the ATTENDEE in both, and Outlook and Google match an
 * update or cancellation to the entry through it. The calendar is written once; each attendee
 * only adds their ATTENDEE line, so a thousand recipients cost one calendar and a thousand lines.
 */
export function buildInvitation(
  event: CalendarEvent,
  options: CalendarOptions & { method: 'REQUEST' | 'CANCEL' },
): (attendee: CalendarAttendee) => string {
  const { calendar, entries } = calendarOf([event], options);
  const text = calendar.toString();
  const end = text.lastIndexOf('END:VEVENT');
  const head = text.slice(0, end);
  const tail = text.slice(end);
  const entry = entries[0]!;
  return (attendee) => {
    const line = new ICalAttendee(
      {
        // A parameter value cannot hold a double quote or a line break (RFC 5545 3.2).
        // eslint-disable-next-line no-control-regex
        name: attendee.name.replace(/"/g, "'").replace(/[\x00-\x1f\x7f]+/g, ' '),
        email: attendee.email,
        role: ROLES[attendee.role ?? 'REQ-PARTICIPANT'],
        type: ICalAttendeeType.INDIVIDUAL,
        // Zyklus does not read replies; attendance is kept in Zyklus itself.
        rsvp: false,
        status: options.method === 'REQUEST' ? ICalAttendeeStatus.NEEDSACTION : null,
      },
      entry,
    ).toString();
    return head + foldLine(line.replace(/\r\n$/, '')) + '\r\n' + tail;
  };
}

/**
 * Folds a content line at 75 octets (RFC 5545 3.1) without splitting a character, as
 * ical-generator's foldLines does, which builds a TextEncoder per character.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    octets += size;
    if (octets > 74) {
      out += '\r\n ';
      octets = size;
    }
    out += char;
  }
  return out;
}
