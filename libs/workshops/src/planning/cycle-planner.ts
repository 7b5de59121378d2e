import { addDays } from '@zyklus/common';

/** A proposed day: date and wall-clock times. */
export interface PlannedDay {
  date: string;
  startTime: string;
  endTime: string;
}

/** What the planner needs of a template step. */
export interface StepShape {
  durationDays: number;
  dayStart: string;
  dayEnd: string;
  gapDays: number;
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/**
 * The first date on or after `date` from which `dayCount` consecutive days fall on weekdays:
 * a three-day workshop starts Monday to Wednesday, never runs into a weekend.
 */
export function firstWeekdayStart(date: string, dayCount: number): string {
  let start = date;
  for (;;) {
    const day = weekday(start);
    const lastWeekday = day + Math.min(dayCount, 5) - 1;
    if (day >= 1 && lastWeekday <= 5) return start;
    start = addDays(start, 1);
  }
}

/**
 * The days of a step starting on `firstDate`: full days from `dayStart` to `dayEnd`, and a
 * half day (ending halfway, rounded to 5 minutes) for a half in the duration, e.g. 2.5 days.
 */
export function daysOf(step: StepShape, firstDate: string): PlannedDay[] {
  const count = Math.ceil(step.durationDays);
  const half = step.durationDays % 1 !== 0;
  const start = minutes(step.dayStart);
  const fullEnd = minutes(step.dayEnd);
  const halfEnd = start + Math.round((fullEnd - start) / 2 / 5) * 5;
  return Array.from({ length: count }, (_, i) => ({
    date: addDays(firstDate, i),
    startTime: step.dayStart,
    endTime: half && i === count - 1 ? clock(halfEnd) : step.dayEnd,
  }));
}

/**
 * Proposes first days for the steps in order: the first on (or after) `startDate`, each next
 * one `gapDays` after the previous step's first day, moved forward so that no day falls on a
 * weekend. `fixed` holds first days already decided (workshops planned before): those are kept
 * and anchor the steps after them.
 */
export function proposeCycle<S extends StepShape>(
  steps: readonly S[],
  startDate: string,
  fixed: ReadonlyMap<S, string> = new Map(),
): { step: S; days: PlannedDay[] | null }[] {
  let previous: string | null = null;
  return steps.map((step) => {
    const kept = fixed.get(step);
    if (kept) {
      previous = kept;
      return { step, days: null };
    }
    const wanted = previous === null ? startDate : addDays(previous, step.gapDays);
    const first = firstWeekdayStart(wanted, Math.ceil(step.durationDays));
    previous = first;
    return { step, days: daysOf(step, first) };
  });
}
