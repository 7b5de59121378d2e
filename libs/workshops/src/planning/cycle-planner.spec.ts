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
      new Map([[second, '2025-02-04']]),
    );
    expect(plan.map((p) => p.days?.[0]?.date ?? 'kept')).toEqual([
      '2024-11-27',
      'kept',
      '2025-02-18',
    ]);
  });
});
