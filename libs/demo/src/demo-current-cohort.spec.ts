import { addDays } from '@zyklus/common';
import { currentCohort, DEMO_CURRENT_COHORT_FROM } from './demo-current-cohort';
import { DEMO_COHORTS } from './demo-data';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

describe('the demo’s running 6th cohort', () => {
  it('does not exist before 2026, while the 5th cohort is not long over', () => {
    expect(currentCohort(addDays(DEMO_CURRENT_COHORT_FROM, -1))).toBeNull();
    expect(currentCohort(DEMO_CURRENT_COHORT_FROM)).not.toBeNull();
  });

  // Every day of two years: the dates always make sense, whatever day the demo is seeded.
  const days = Array.from({ length: 730 }, (_, i) => addDays(DEMO_CURRENT_COHORT_FROM, i));

  it('seeded on any day: kick-off five weeks ago, deep dive a few days ahead, all on weekdays', () => {
    for (const today of days) {
      const current = currentCohort(today)!;
      const [kickOff, deepDive, ...later] = current.cycle.workshops;
      expect(current.cohort.startDate).toBe(kickOff!.days[0]!.date);
      expect(current.cohort.startDate > DEMO_COHORTS[4].endDate).toBe(true);
      expect(kickOff!.days.map((d) => d.date)).toEqual(
        [0, 1, 2].map((i) => addDays(kickOff!.days[0]!.date, i)),
      );
      expect(kickOff!.days[0]!.date >= addDays(today, -35)).toBe(true);
      expect(kickOff!.days[2]!.date < today).toBe(true);

      const deepDiveDate = deepDive!.days[0]!.date;
      expect(deepDiveDate >= addDays(today, 3) && deepDiveDate <= addDays(today, 5)).toBe(true);
      // Its 7-day reminder came due after the rules were switched on and before today.
      expect(addDays(deepDiveDate, -7) > current.remindersFrom).toBe(true);
      expect(addDays(deepDiveDate, -7) < today).toBe(true);

      let previousLast = deepDiveDate;
      for (const workshop of later) {
        expect(workshop.draft).toBe(true);
        expect(workshop.days[0]!.date > previousLast).toBe(true);
        previousLast = workshop.days[workshop.days.length - 1]!.date;
      }
      expect(previousLast <= current.cohort.endDate).toBe(true);
      for (const workshop of current.cycle.workshops) {
        for (const day of workshop.days) expect([0, 6]).not.toContain(weekday(day.date));
      }
    }
  });
});
