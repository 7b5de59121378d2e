import { describe, expect, it } from 'vitest';
import { zonedInstant, zonedParts } from './zoned-time';

const BERLIN = 'Europe/Berlin';

describe('session times in the programme’s zone', () => {
  it('reads a Berlin day and time as the instant it is, in winter and in summer', () => {
    expect(zonedInstant('2027-01-12', '17:00', BERLIN)).toBe('2027-01-12T16:00:00.000Z');
    expect(zonedInstant('2027-07-12', '17:00', BERLIN)).toBe('2027-07-12T15:00:00.000Z');
    // The night the clocks go forward (28 March 2027): 03:30 is summer time.
    expect(zonedInstant('2027-03-28', '03:30', BERLIN)).toBe('2027-03-28T01:30:00.000Z');
  });

  it('shows an instant as the Berlin day and time it was planned for', () => {
    expect(zonedParts('2027-01-12T16:00:00.000Z', BERLIN)).toEqual({
      date: '2027-01-12',
      time: '17:00',
    });
    expect(zonedParts('2027-07-12T22:30:00.000Z', BERLIN)).toEqual({
      date: '2027-07-13',
      time: '00:30',
    });
  });

  it('uses the zone of the programme, not German time, when the programme has another', () => {
    // A programme run from Lisbon (UTC+0 in winter): 17:00 there is 17:00 UTC.
    expect(zonedInstant('2027-01-12', '17:00', 'Europe/Lisbon')).toBe('2027-01-12T17:00:00.000Z');
    expect(zonedParts('2027-01-12T17:00:00.000Z', 'Europe/Lisbon').time).toBe('17:00');
  });
});
