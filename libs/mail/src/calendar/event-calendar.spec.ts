import { foldLines } from 'ical-generator';
import { buildCalendar, buildInvitation, CalendarEvent, foldLine } from './event-calendar';

const event: CalendarEvent = {
  uid: 'workshop-1b2c@zyklus',
  sequence: 2,
  title: 'Wirkungsmessung',
  description: 'Montag, 31. März 2025, 09:00–16:00 Uhr',
  location: 'https://meet.example.org/wirkungsmessung',
  days: [{ startsAt: new Date('2025-03-31T07:00:00Z'), endsAt: new Date('2025-03-31T14:00:00Z') }],
};
const options = {
  name: 'MINT-Qualitätsoffensive',
  organizer: { name: 'Zyklus', email: 'zyklus@example.org' },
  stamp: new Date('2025-03-24T08:00:00Z'),
};

/** The unfolded content lines of a calendar (RFC 5545 3.1). */
const lines = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('buildInvitation', () => {
  const request = buildInvitation(event, { ...options, method: 'REQUEST' });

  it('names the recipient as ATTENDEE next to the ORGANIZER, with the UID and SEQUENCE of the event', () => {
    const ics = lines(request({ name: 'Anna Alt', email: 'anna@example.org' }));

    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('UID:workshop-1b2c@zyklus');
    expect(ics).toContain('SEQUENCE:2');
    expect(ics).toContain('ORGANIZER;CN="Zyklus":mailto:zyklus@example.org');
    expect(ics).toContain(
      'ATTENDEE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP=FALSE;CN="Anna Alt":MAILTO:anna@example.org',
    );
    expect(ics.filter((line) => line.startsWith('ATTENDEE'))).toHaveLength(1);
    expect(ics.indexOf('END:VEVENT')).toBeGreaterThan(
      ics.findIndex((l) => l.startsWith('ATTENDEE')),
    );
  });

  it('gives each recipient their own file and shares everything else', () => {
    const anna = request({ name: 'Anna Alt', email: 'anna@example.org' });
    const ben = request({ name: 'Ben Brandt', email: 'ben@example.org', role: 'CHAIR' });

    expect(ben).toContain('ROLE=CHAIR');
    expect(ben).not.toContain('anna@example.org');
    const withoutAttendee = (ics: string) =>
      lines(ics).filter((line) => !line.startsWith('ATTENDEE'));
    expect(withoutAttendee(anna)).toEqual(withoutAttendee(ben));
  });

  it('lists the attendee in a cancellation too, without asking for an answer', () => {
    const cancel = buildInvitation(
      { ...event, cancelled: true },
      { ...options, method: 'CANCEL' },
    )({ name: 'Anna Alt', email: 'anna@example.org' });
    const ics = lines(cancel);

    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).toContain(
      'ATTENDEE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;RSVP=FALSE;CN="Anna Alt":MAILTO:anna@example.org',
    );
  });

  it('keeps a long name with umlauts and quotes within 75 octets per line', () => {
    const ics = request({
      name: 'Dr. Jürgen "Jo" Müller-Lüdenscheidt, Koordinator der MINT-Region Ostwürttemberg',
      email: 'juergen@example.org',
    });

    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines(ics)).toContainEqual(
      expect.stringContaining(
        `CN="Dr. Jürgen 'Jo' Müller-Lüdenscheidt, Koordinator der MINT-Region Ostwürttemberg":MAILTO:juergen@example.org`,
      ),
    );
  });
});

describe('buildCalendar', () => {
  it('publishes feeds without attendees', () => {
    const ics = buildCalendar([event], { ...options, method: 'PUBLISH' });
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).not.toContain('ATTENDEE');
  });
});

describe('foldLine', () => {
  it('folds like ical-generator, never inside a character', () => {
    const line = `DESCRIPTION:${'Grüße aus Würzburg 🌍 '.repeat(8)}`;
    const folded = foldLine(line);

    expect(folded).toBe(foldLines(line));
    expect(folded.split('\r\n ').join('')).toBe(line);
    expect(folded.split('\r\n').every((part) => Buffer.byteLength(part) <= 75)).toBe(true);
  });
});
