import { Language } from '@zyklus/common';
import { leadFor } from './reminder-lead';

const BERLIN = 'Europe/Berlin';
/** Monday 31 March 2025, 09:00 in Berlin (summer time since Sunday): 07:00Z. */
const START = new Date('2025-03-31T07:00:00Z');

const lead = (now: string, language = Language.DE) =>
  leadFor(START, new Date(now), BERLIN, language);

describe('leadFor: the opening words from the time actually left', () => {
  it.each([
    // on time for "7 days before" (Monday 24 March 09:00, winter time)
    ['2025-03-24T08:00:00Z', 'In 7 Tagen', 'In 7 days'],
    // the same reminder a day late (retries, a backlog): six days are left
    ['2025-03-25T08:00:00Z', 'In 6 Tagen', 'In 6 days'],
    // late on the evening of the 24th: still seven calendar days in Berlin
    ['2025-03-24T21:30:00Z', 'In 7 Tagen', 'In 7 days'],
    // on time for "1 day before", across the change to summer time
    ['2025-03-30T07:00:00Z', 'Morgen', 'Tomorrow'],
    // Sunday 18:00 in Berlin: 15 hours left, tomorrow
    ['2025-03-30T16:00:00Z', 'Morgen', 'Tomorrow'],
    // Sunday 22:00 in Berlin: 11 hours left
    ['2025-03-30T20:00:00Z', 'In 11 Stunden', 'In 11 hours'],
    // on time for "2 hours before"
    ['2025-03-31T05:00:00Z', 'In 2 Stunden', 'In 2 hours'],
    // "2 hours before" sent 90 minutes late, within the grace window
    ['2025-03-31T06:30:00Z', 'In 30 Minuten', 'In 30 minutes'],
    ['2025-03-31T06:00:00Z', 'In einer Stunde', 'In one hour'],
    ['2025-03-31T06:59:00Z', 'In einer Minute', 'In one minute'],
    ['2025-03-31T07:10:00Z', 'Jetzt', 'Now'],
  ])('at %s: "%s" / "%s"', (now, de, en) => {
    expect(lead(now)).toBe(de);
    expect(lead(now, Language.EN)).toBe(en);
  });

  it('says "Heute" on the day of an evening event', () => {
    const evening = new Date('2025-03-31T17:00:00Z'); // 19:00 in Berlin
    expect(leadFor(evening, new Date('2025-03-31T04:00:00Z'), BERLIN, Language.DE)).toBe('Heute');
  });
});
