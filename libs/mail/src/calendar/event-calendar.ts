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

/** One day of an event: one VEVENT, so that the nights between the days are not blocked. */
export interface CalendarDay {
  startsAt: Date;
  endsAt: Date;
}

/** One event for a calendar: a workshop (later also buddy sessions, peer rounds …). */
export interface CalendarEvent {
  /**
   * Stable across changes, e.g. `workshop-<uuid>@zyklus`: calendars update the entry. The first
   * day's VEVENT has it; the n-th day's `workshop-<uuid>-day<n>@zyklus` (see `dayUid`).
   */
  uid: string;
  /** Raised with every change, so calendars take the newest version. */
  sequence: number;
  title: string;
  description?: string | null;
  /** Place name and address, or the online link. */
  location?: string | null;
  /** A link (RFC 5545 URI, written as it is). */
  url?: string | null;
  days: readonly CalendarDay[];
  /** The position of `days[0]` among the event's days (0): for cancelling days a move removed. */
  firstDay?: number;
  cancelled?: boolean;
}

/** The UID of the VEVENT of day `index` (0-based) of an event. */
export function dayUid(uid: string, index: number): string {
  if (index === 0) return uid;
  const at = uid.lastIndexOf('@');
  return at < 0 ? `${uid}-day${index + 1}` : `${uid.slice(0, at)}-day${index + 1}${uid.slice(at)}`;
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

/** Text without control characters, which a calendar cannot hold (line breaks stay). */
// eslint-disable-next-line no-control-regex
const clean = (text: string) => text.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');

function calendarOf(
  events: readonly CalendarEvent[],
  options: CalendarOptions,
): { calendar: ICalCalendar; entries: ICalEvent[]; urls: (string | null)[] } {
  const calendar = ical({
    name: options.name,
    method: METHODS[options.method],
    prodId: { company: 'Zyklus', product: 'Zyklus', language: 'DE' },
  });
  const entries: ICalEvent[] = [];
  const urls: (string | null)[] = [];
  for (const event of events) {
    event.days.forEach((day, i) => {
      entries.push(
        calendar.createEvent({
          id: dayUid(event.uid, (event.firstDay ?? 0) + i),
          sequence: event.sequence,
          stamp: options.stamp,
          start: day.startsAt,
          end: day.endsAt,
          summary: clean(event.title),
          description: event.description ? clean(event.description) : null,
          location: event.location ? clean(event.location) : null,
          organizer: { name: options.organizer.name, email: options.organizer.email },
          status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
        }),
      );
      urls.push(event.url ?? null);
    });
  }
  return { calendar, entries, urls };
}

/**
 * The calendar as text, with `extra(i)` added to the i-th VEVENT before its end: ical-generator
 * escapes a URL's `,` and `;` like text (then the link arrives broken, e.g. in Thunderbird), so
 * the URL line is written here, as the RFC 5545 URI it is.
 */
function written(
  calendar: ICalCalendar,
  urls: readonly (string | null)[],
  extra: (i: number) => string = () => '',
): string[] {
  const parts = calendar.toString().split('END:VEVENT\r\n');
  return parts.map((part, i) => {
    if (i === parts.length - 1) return part;
    const url = urls[i];
    // A URI has no line breaks or spaces; anything else is not a link to write.
    // eslint-disable-next-line no-control-regex
    const line = url && /^[^\s\x00-\x1f\x7f]+$/.test(url) ? foldLine(`URL:${url}`) + '\r\n' : '';
    return `${part}${line}${extra(i)}END:VEVENT\r\n`;
  });
}

/**
 * An iCalendar file (RFC 5545) with these events, written by ical-generator. Times are UTC
 * instants (…Z): every calendar shows them in its own time zone, and no VTIMEZONE definition
 * can drift from the one the programme uses. A multi-day workshop is one VEVENT per day, each
 * with its own stable UID, so the nights between are free.
 */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const { calendar, urls } = calendarOf(events, options);
  return written(calendar, urls).join('');
}

/**
 * An invitation (METHOD:REQUEST) or cancellation (METHOD:CANCEL) of one event, addressed to one
 * attendee at a time: RFC 5546 wants the ATTENDEE in both, and Outlook and Google match an
 * update or cancellation to the entry through it. The calendar is written once; each attendee
 * only adds their ATTENDEE line (to each day's VEVENT), so a thousand recipients cost one
 * calendar and a thousand lines.
 */
export function buildInvitation(
  event: CalendarEvent,
  options: CalendarOptions & { method: 'REQUEST' | 'CANCEL' },
): (attendee: CalendarAttendee) => string {
  const { calendar, entries, urls } = calendarOf([event], options);
  // Where each day's ATTENDEE goes (no text in the calendar has a NUL: see `clean`).
  const pieces = written(calendar, urls, () => '\u0000attendee\u0000')
    .join('')
    .split('\u0000attendee\u0000');
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
    const folded = foldLine(line.replace(/\r\n$/, '')) + '\r\n';
    return pieces.join(folded);
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
