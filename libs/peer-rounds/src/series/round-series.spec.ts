import { planSeries } from './round-series';

const berlin = (instant: Date) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);

describe('a series of peer rounds', () => {
  it('keeps 18:00 in Berlin across the change to summer time (the UTC hour moves)', () => {
    const { rounds } = planSeries({
      firstDate: '2026-03-12',
      startTime: '18:00',
      endTime: '19:30',
      everyWeeks: 2,
      count: 3,
      timeZone: 'Europe/Berlin',
    });
    expect(rounds.map((r) => r.date)).toEqual(['2026-03-12', '2026-03-26', '2026-04-09']);
    expect(rounds.map((r) => berlin(r.startsAt))).toEqual(['18:00', '18:00', '18:00']);
    expect(rounds.map((r) => r.startsAt.toISOString())).toEqual([
      '2026-03-12T17:00:00.000Z',
      '2026-03-26T17:00:00.000Z',
      '2026-04-09T16:00:00.000Z',
    ]);
    expect(rounds.map((r) => berlin(r.endsAt))).toEqual(['19:30', '19:30', '19:30']);
  });

  it('keeps 18:00 across the change back to winter time', () => {
    const { rounds } = planSeries({
      firstDate: '2026-10-15',
      startTime: '18:00',
      endTime: '19:30',
      everyWeeks: 3,
      until: '2026-11-30',
      timeZone: 'Europe/Berlin',
    });
    expect(rounds.map((r) => r.date)).toEqual(['2026-10-15', '2026-11-05', '2026-11-26']);
    expect(rounds.map((r) => r.startsAt.toISOString().slice(11, 16))).toEqual([
      '16:00',
      '17:00',
      '17:00',
    ]);
  });

  it('leaves out holidays and still plans `count` rounds', () => {
    const { rounds, skipped } = planSeries({
      firstDate: '2026-09-24',
      startTime: '18:00',
      endTime: '19:30',
      everyWeeks: 1,
      count: 3,
      timeZone: 'Europe/Berlin',
      skip: (date) => date === '2026-10-01',
    });
    expect(skipped).toEqual(['2026-10-01']);
    expect(rounds.map((r) => r.date)).toEqual(['2026-09-24', '2026-10-08', '2026-10-15']);
  });
});
