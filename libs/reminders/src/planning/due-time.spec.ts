import { arrival, dueAt, retryDelayMs } from './due-time';

const berlin = 'Europe/Berlin';

describe('due times', () => {
  it('keeps "1 day before 09:00" at 09:00 Berlin time across the spring change', () => {
    // Workshop Monday 31 March 2025, 09:00 summer time; the day before is still winter time
    // until 02:00 — Sunday 30 March 09:00 is already summer time (07:00Z).
    expect(dueAt({ date: '2025-03-31', time: '09:00' }, berlin, -1, 0).toISOString()).toBe(
      '2025-03-30T07:00:00.000Z',
    );
    // Saturday 29 March 09:00 is winter time (08:00Z): 2 days before.
    expect(dueAt({ date: '2025-03-31', time: '09:00' }, berlin, -2, 0).toISOString()).toBe(
      '2025-03-29T08:00:00.000Z',
    );
  });

  it('keeps local time across the autumn change and counts hours as real hours', () => {
    expect(dueAt({ date: '2025-10-27', time: '09:00' }, berlin, -7, 0).toISOString()).toBe(
      '2025-10-20T07:00:00.000Z',
    );
    // "2 hours before 09:00" on the Sunday of the change: 07:00 local, 06:00Z.
    expect(dueAt({ date: '2025-10-26', time: '09:00' }, berlin, 0, -120).toISOString()).toBe(
      '2025-10-26T06:00:00.000Z',
    );
    // "1 day after the end at 13:00" (follow-up).
    expect(dueAt({ date: '2024-11-29', time: '13:00' }, berlin, 1, 0).toISOString()).toBe(
      '2024-11-30T12:00:00.000Z',
    );
  });

  it('sends a late reminder only before the event and within the grace window', () => {
    const start = new Date('2025-01-22T08:00:00Z');
    const grace = 12 * 3600_000;
    const now = new Date('2025-01-21T12:00:00Z');
    expect(arrival(new Date('2025-01-25T08:00:00Z'), now, start, grace)).toEqual({
      status: 'PENDING',
      nextAttemptAt: new Date('2025-01-25T08:00:00Z'),
    });
    expect(arrival(new Date('2025-01-21T08:00:00Z'), now, start, grace)).toEqual({
      status: 'PENDING',
      nextAttemptAt: now,
    });
    expect(arrival(new Date('2025-01-15T08:00:00Z'), now, start, grace)).toEqual({
      status: 'SKIPPED',
      reason: 'created after its due time',
    });
    expect(
      arrival(new Date('2025-01-22T07:00:00Z'), new Date('2025-01-22T08:30:00Z'), start, grace),
    ).toMatchObject({ status: 'SKIPPED' });
  });

  it('backs off exponentially', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 60_000))).toEqual([
      60_000, 120_000, 240_000, 480_000,
    ]);
  });
});
