import { healthyUntil } from './worker-heartbeat';

const settings = { tickSeconds: 30, leaseSeconds: 900 };
const T = Date.parse('2026-03-01T09:00:00Z');

describe('healthyUntil', () => {
  it('lasts one tick and 15 s from the last beat: a frozen worker goes stale within 45 s', () => {
    expect(healthyUntil(T, T, settings) - T).toBe(45_000);
    // Busy sending for ten minutes (no progress), still beating: still healthy.
    expect(healthyUntil(T + 600_000, T, settings) - (T + 600_000)).toBe(45_000);
  });

  it('ends a lease and a minute after the last progress, however alive the process is', () => {
    expect(healthyUntil(T + 950_000, T, settings)).toBe(T + 960_000);
    expect(healthyUntil(T + 3_600_000, T, settings)).toBe(T + 960_000);
  });
});
