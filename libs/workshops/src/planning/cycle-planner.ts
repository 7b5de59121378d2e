import { addDays, BundeslandKey, isDayOff } from '@zyklus/common';

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

/** A working week has five days, Monday to Friday. */
const WEEK_DAYS = 5;

/**
 * Where a step of `dayCount` days may start, on or after `date`. The rule: a step's days are
 * working days only (no weekend, no public holiday of `bundesland` when it is known), and as far
 * as possible one block within one week.
 * - Up to five days: the first working day from which all of them fit into that week, Monday to
 *   Friday, skipping its holidays. A three-day workshop starts Monday to Wednesday; wanted on a
 *   Thursday, it moves to the next Monday rather than continuing after the weekend.
 * - More than five days (the template allows up to ten): the first working day of a week; the
 *   days then run to Friday and go on the week after (see `daysOf`).
 */
export function firstWeekdayStart(
  date: string,
  dayCount: number,
  bundesland?: BundeslandKey | null,
): string {
  const off = (d: string) => isDayOff(d, bundesland);
  let start = date;
  for (;;) {
    if (!off(start)) {
      const day = weekday(start);
      if (dayCount > WEEK_DAYS) {
        // the first working day of its week: every weekday before it is a holiday
        let first = true;
        for (let back = 1; back < day; back++) if (!off(addDays(start, -back))) first = false;
        if (first) return start;
      } else {
        let found = 0;
        for (let d = day; d <= WEEK_DAYS; d++) if (!off(addDays(start, d - day))) found++;
        if (found >= Math.max(dayCount, 1)) return start;
      }
    }
    start = addDays(start, 1);
  }
}

/**
 * The days of a step starting on `firstDate`: successive working days (Saturdays, Sundays and
 * the public holidays of `bundesland`, when known, are skipped), full days from `dayStart` to `dayEnd`, and a half day (ending halfway, rounded to
 * 5 minutes) for a half in the duration, e.g. 2.5 days.
 */
export function daysOf(
  step: StepShape,
  firstDate: string,
  bundesland?: BundeslandKey | null,
): PlannedDay[] {
  const count = Math.ceil(step.durationDays);
  const half = step.durationDays % 1 !== 0;
  const start = minutes(step.dayStart);
  const fullEnd = minutes(step.dayEnd);
  const halfEnd = start + Math.round((fullEnd - start) / 2 / 5) * 5;
  const dates: string[] = [];
  for (let date = firstDate; dates.length < count; date = addDays(date, 1)) {
    if (!isDayOff(date, bundesland)) dates.push(date);
  }
  return dates.map((date, i) => ({
    date,
    startTime: step.dayStart,
    endTime: half && i === count - 1 ? clock(halfEnd) : step.dayEnd,
  }));
}

/** The first and last date of a step already planned. */
export interface PlannedSpan {
  first: string;
  last: string;
}

/**
 * Proposes days for the steps in order: the first on (or after) `startDate`; each next one
 * `gapDays` after the previous step's first day, but never before the day after the previous
 * step's last day (a short gap after a 2.5-day kick-off must not land inside it); then moved
 * forward to where its days fit on working days (`firstWeekdayStart`; no weekend, no public
 * holiday of `bundesland` when the place's Bundesland is known). `fixed` holds the spans of
 * steps already planned (workshops planned before): those are kept and anchor the steps after
 * them.
 */
export function proposeCycle<S extends StepShape>(
  steps: readonly S[],
  startDate: string,
  fixed: ReadonlyMap<S, PlannedSpan> = new Map(),
  bundesland: BundeslandKey | null = null,
): { step: S; days: PlannedDay[] | null }[] {
  let previous: PlannedSpan | null = null;
  return steps.map((step) => {
    const kept = fixed.get(step);
    if (kept) {
      previous = kept;
      return { step, days: null };
    }
    let wanted = startDate;
    if (previous !== null) {
      const byGap = addDays(previous.first, step.gapDays);
      const afterLast = addDays(previous.last, 1);
      wanted = byGap > afterLast ? byGap : afterLast;
    }
    const count = Math.ceil(step.durationDays);
    const days = daysOf(step, firstWeekdayStart(wanted, count, bundesland), bundesland);
    previous = { first: days[0]!.date, last: days[days.length - 1]!.date };
    return { step, days };
  });
}
