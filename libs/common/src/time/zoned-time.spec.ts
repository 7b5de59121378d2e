import { zonedInstant } from './zoned-time';

describe('zonedInstant', () => {
  it('reads a wall-clock time in Berlin in winter and in summer', () => {
    expect(zonedInstant('2024-11-27', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2024-11-27T08:00:00.000Z',
    );
    expect(zonedInstant('2025-05-14', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2025-05-14T07:00:00.000Z',
    );
  });

  it('keeps 09:00 at 09:00 on the days around the daylight-saving changes', () => {
    expect(zonedInstant('2025-03-29', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2025-03-29T08:00:00.000Z',
    );
    expect(zonedInstant('2025-03-30', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2025-03-30T07:00:00.000Z',
    );
    expect(zonedInstant('2025-10-26', '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2025-10-26T08:00:00.000Z',
    );
  });

  it('reads the repeated hour of an autumn change once, and other time zones too', () => {
    expect(zonedInstant('2025-10-26', '02:30', 'Europe/Berlin').toISOString()).toMatch(
      /^2025-10-26T0[01]:30:00.000Z$/,
    );
    expect(zonedInstant('2025-01-15', '09:00', 'America/New_York').toISOString()).toBe(
      '2025-01-15T14:00:00.000Z',
    );
  });
});
