import { CohortStatus } from '@zyklus/cohorts';
import { DEMO_COHORTS, statusOn } from './demo-data';

describe('statusOn', () => {
  const cohort = { startDate: '2024-11-27', endDate: '2025-10-31' };

  it.each([
    ['2024-11-26', CohortStatus.PLANNED, 'the day before the kick-off'],
    ['2024-11-27', CohortStatus.RUNNING, 'the kick-off day'],
    ['2025-03-15', CohortStatus.RUNNING, 'in the middle'],
    ['2025-10-31', CohortStatus.RUNNING, 'the last day'],
    ['2025-11-01', CohortStatus.COMPLETED, 'the day after the end'],
    ['2019-01-01', CohortStatus.PLANNED, 'long before'],
    ['2030-01-01', CohortStatus.COMPLETED, 'long after'],
  ])('on %s is %s (%s)', (today, status) => {
    expect(statusOn(today, cohort)).toBe(status);
  });

  it('runs a one-day cohort on that day only', () => {
    const oneDay = { startDate: '2025-03-01', endDate: '2025-03-01' };

    expect(statusOn('2025-02-28', oneDay)).toBe(CohortStatus.PLANNED);
    expect(statusOn('2025-03-01', oneDay)).toBe(CohortStatus.RUNNING);
    expect(statusOn('2025-03-02', oneDay)).toBe(CohortStatus.COMPLETED);
  });

  it('gives the demo cohorts their status in mid-2025: four completed, the fifth running', () => {
    const statuses = DEMO_COHORTS.map((c) => statusOn('2025-06-01', c));

    expect(statuses).toEqual([
      CohortStatus.COMPLETED,
      CohortStatus.COMPLETED,
      CohortStatus.COMPLETED,
      CohortStatus.COMPLETED,
      CohortStatus.RUNNING,
    ]);
  });
});

describe('DEMO_COHORTS', () => {
  it('are numbered 1 to 5, each ending after it starts and before the next starts', () => {
    expect(DEMO_COHORTS.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    DEMO_COHORTS.forEach((c, i) => {
      expect(c.startDate < c.endDate).toBe(true);
      const next = DEMO_COHORTS[i + 1];
      if (next) expect(c.endDate < next.startDate).toBe(true);
    });
  });
});
