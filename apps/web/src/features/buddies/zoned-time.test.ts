import { describe, expect, it } from 'vitest';
import { zonedInstant, zonedParts } from './zoned-time';

describe('session times in the programme’s zone', () => {
  it('reads a Berlin day and time as the instant it is, in winter and in summer', () => {
    expect(zonedInstant('2027-01-12', '17:00')).toBe('2027-01-12T16:00:00.000Z');
    expect(zonedInstant('2027-07-12', '17:00')).toBe('2027-07-12T15:00:00.000Z');
    // The night the clocks go forward (28 March 2027): 03:30 is summer time.
    expect(zonedInstant('2027-03-28', '03:30')).toBe('2027-03-28T01:30:00.000Z');
  });

  it('shows an instant as the Berlin day and time it was planned for', () => {
    expect(zonedParts('2027-01-12T16:00:00.000Z')).toEqual({ date: '2027-01-12', time: '17:00' });
    expect(zonedParts('2027-07-12T22:30:00.000Z')).toEqual({ date: '2027-07-13', time: '00:30' });
  });
});
