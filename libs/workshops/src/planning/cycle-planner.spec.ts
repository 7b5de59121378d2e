import { daysOf, firstWeekdayStart, proposeCycle } from './cycle-planner';

const kickOff = { durationDays: 2.5, dayStart: '09:00', dayEnd: '17:00', gapDays: 0 };
const deepDive = { durationDays: 1, dayStart: '09:30', dayEnd: '16:30', gapDays: 56 };

describe('the cycle planner', () => {
  it('makes a 2.5-day workshop three days, the last one ending at midday', () => {
    expect(daysOf(kickOff, '2024-11-27')).toEqual([
      { date: '2024-11-27', startTime: '09:00', endTime: '17:00' },
      { date: '2024-11-28', startTime: '09:00', endTime: '17:00' },
      { date: '2024-11-29', startTime: '09:00', endTime: '13:00' },
    ]);
  });

  it('never lets a workshop touch a weekend', () => {
    expect(firstWeekdayStart('2024-11-30', 1)).toBe('2024-12-02'); // Saturday → Monday
    expect(firstWeekdayStart('2024-11-28', 3)).toBe('2024-12-02'); // Thu+3 would hit Saturday
    expect(firstWeekdayStart('2024-11-27', 3)).toBe('2024-11-27'); // Wednesday to Friday fits
    expect(firstWeekdayStart('2024-11-29', 1)).toBe('2024-11-29'); // a Friday for one day
  });

  it('runs a step of more than five days on weekdays only, from a Monday', () => {
    const week = { durationDays: 7, dayStart: '09:00', dayEnd: '17:00', gapDays: 0 };
    expect(firstWeekdayStart('2024-11-27', 7)).toBe('2024-12-02'); // Wednesday → Monday
    expect(firstWeekdayStart('2024-12-02', 10)).toBe('2024-12-02');
    expect(daysOf(week, '2024-12-02').map((d) => d.date)).toEqual([
      '2024-12-02',
      '2024-12-03',
      '2024-12-04',
      '2024-12-05',
      '2024-12-06',
      // the weekend of 7 and 8 December is left out
      '2024-12-09',
      '2024-12-10',
    ]);
    const plan = proposeCycle([week], '2024-11-27');
    expect(plan[0]!.days!.map((d) => new Date(`${d.date}T00:00:00Z`).getUTCDay())).toEqual([
      1, 2, 3, 4, 5, 1, 2,
    ]);
  });

  it('starts a step no earlier than the day after the previous step’s last day', () => {
    const soon = { ...deepDive, gapDays: 1 };
    const same = { ...deepDive, gapDays: 0 };
    // The kick-off runs Wednesday to Friday: one day after its first day would be inside it.
    expect(proposeCycle([kickOff, soon], '2024-11-27')[1]!.days![0]!.date).toBe('2024-12-02');
    expect(proposeCycle([kickOff, same], '2024-11-27')[1]!.days![0]!.date).toBe('2024-12-02');
    // A kick-off Monday to Wednesday: the next step may follow on Thursday.
    expect(proposeCycle([kickOff, soon], '2024-11-25')[1]!.days![0]!.date).toBe('2024-11-28');
    // The same holds after a step that was planned before and is kept.
    const kept = proposeCycle(
      [kickOff, soon],
      '2024-11-25',
      new Map([[kickOff, { first: '2024-11-27', last: '2024-11-29' }]]),
    );
    expect(kept[1]!.days![0]!.date).toBe('2024-12-02');
  });

  it('spaces steps by their gaps from the previous step’s first day, moved off weekends', () => {
    const plan = proposeCycle([kickOff, deepDive, { ...deepDive, gapDays: 3 }], '2024-11-27');
    expect(plan.map((p) => p.days?.[0]?.date)).toEqual([
      '2024-11-27',
      '2025-01-22', // 56 days later, a Wednesday
      '2025-01-27', // 3 days after is a Saturday → Monday
    ]);
  });

  it('keeps steps already planned and proposes the rest from their dates', () => {
    const second = { ...deepDive };
    const third = { ...deepDive, gapDays: 14 };
    const plan = proposeCycle(
      [kickOff, second, third],
      '2024-11-27',
      new Map([[second, { first: '2025-02-04', last: '2025-02-04' }]]),
    );
    expect(plan.map((p) => p.days?.[0]?.date ?? 'kept')).toEqual([
      '2024-11-27',
      'kept',
      '2025-02-18',
    ]);
  });

  it('proposes no day on a public holiday of the place’s Bundesland', () => {
    // Thursday 19 June 2025 is Fronleichnam in Bayern, an ordinary day in Berlin.
    expect(firstWeekdayStart('2025-06-19', 1, 'BAYERN')).toBe('2025-06-20');
    expect(firstWeekdayStart('2025-06-19', 1, 'BERLIN')).toBe('2025-06-19');
    // Three days from Wednesday 18 June: in Bayern only Wednesday and Friday are left that week.
    expect(firstWeekdayStart('2025-06-18', 3, 'BAYERN')).toBe('2025-06-23');
    // Two days from Wednesday: Wednesday and Friday are two working days of that week.
    expect(daysOf(kickOff, '2025-06-16', 'BAYERN').map((d) => d.date)).toEqual([
      '2025-06-16',
      '2025-06-17',
      '2025-06-18',
    ]);
    expect(daysOf({ ...kickOff, durationDays: 2 }, '2025-06-18', 'BAYERN')).toEqual([
      { date: '2025-06-18', startTime: '09:00', endTime: '17:00' },
      { date: '2025-06-20', startTime: '09:00', endTime: '17:00' },
    ]);
    // A long step after Easter starts on the Tuesday: Ostermontag is the week’s holiday.
    expect(firstWeekdayStart('2025-04-19', 7, 'HAMBURG')).toBe('2025-04-22');
    // Each step of a plan avoids the holidays: 3 October and Christmas.
    const plan = proposeCycle(
      [deepDive, { ...deepDive, gapDays: 80 }],
      '2025-10-03',
      new Map(),
      'NORDRHEIN_WESTFALEN',
    );
    expect(plan.map((p) => p.days![0]!.date)).toEqual(['2025-10-06', '2025-12-29']);
  });
});
