import ICAL from 'ical.js';

/** One VEVENT as Mozilla's ical.js reads it. */
export interface ParsedEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string | null;
  location: string | null;
  url: string | null;
  status: string | null;
  start: Date;
  end: Date;
  attendees: string[];
}

/**
 * Reads an iCalendar text with an independent parser (Mozilla's ical.js, as Thunderbird uses):
 * throws on anything it cannot read, and answers the METHOD and the events as a calendar app
 * would see them (escaping undone, lines unfolded).
 */
export function parseCalendar(ics: string): { method: string | null; events: ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const method = calendar.getFirstPropertyValue('method');
  const events = calendar.getAllSubcomponents('vevent').map((vevent): ParsedEvent => {
    const event = new ICAL.Event(vevent);
    const text = (name: string) => {
      const value = vevent.getFirstPropertyValue(name);
      return value === null || value === undefined ? null : String(value);
    };
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: text('description'),
      location: text('location'),
      url: text('url'),
      status: text('status'),
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
    };
  });
  return { method: method === null ? null : String(method), events };
}
