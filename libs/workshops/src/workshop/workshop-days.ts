import { zonedInstant } from '@zyklus/common';
import { RecordedDay } from './workshop-change.entity';
import { dayEndsBeforeStart, daysOutOfOrder, noDays } from './workshop.errors';

/** Checks a workshop's days: at least one, each ending after it starts, dates ascending. */
export function checkDays(days: readonly RecordedDay[]): void {
  if (days.length === 0) throw noDays();
  days.forEach((day, index) => {
    if (day.endTime <= day.startTime) throw dayEndsBeforeStart(index);
    const previous = days[index - 1];
    if (previous && day.date <= previous.date) throw daysOutOfOrder(index);
  });
}

/** The first date on which two workshops' days overlap in time, or null. */
export function firstOverlap(a: readonly RecordedDay[], b: readonly RecordedDay[]): string | null {
  for (const day of a) {
    const clash = b.find(
      (other) =>
        other.date === day.date && other.startTime < day.endTime && day.startTime < other.endTime,
    );
    if (clash) return day.date;
  }
  return null;
}

/** Days as recorded in a change (plain data, in order). */
export function recorded(days: readonly RecordedDay[]): RecordedDay[] {
  return [...days]
    .sort((x, y) => x.date.localeCompare(y.date))
    .map(({ date, startTime, endTime }) => ({ date, startTime, endTime }));
}

/** A day with its start and end as instants in `timeZone`. */
export function withInstants(day: RecordedDay, timeZone: string) {
  return {
    ...day,
    startsAt: zonedInstant(day.date, day.startTime, timeZone),
    endsAt: zonedInstant(day.date, day.endTime, timeZone),
  };
}

/** Warnings a program manager should see: days outside the cohort's period, weekend days. */
export function dayWarnings(
  days: readonly RecordedDay[],
  cohort: { startDate: string; endDate: string },
  language: 'de' | 'en',
): string[] {
  const warnings: string[] = [];
  for (const day of days) {
    if (day.date < cohort.startDate || day.date > cohort.endDate) {
      warnings.push(
        language === 'de'
          ? `Der Tag ${day.date} liegt außerhalb des Durchgangs (${cohort.startDate} bis ${cohort.endDate}).`
          : `The day ${day.date} lies outside the cohort (${cohort.startDate} to ${cohort.endDate}).`,
      );
    }
    const weekday = new Date(`${day.date}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) {
      warnings.push(
        language === 'de'
          ? `Der Tag ${day.date} ist ein Wochenende.`
          : `The day ${day.date} is on a weekend.`,
      );
    }
  }
  return warnings;
}
