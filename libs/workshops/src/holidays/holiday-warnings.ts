import { BundeslandKey, holidayWarnings } from '@zyklus/common';
import { PublicHolidayWarning } from './public-holiday.model';

/** The days (of a workshop, cohort or local) that fall on a public holiday of its Bundesland. */
export function holidaysOnDays(
  bundesland: BundeslandKey | null | undefined,
  days: readonly { date: string }[],
): PublicHolidayWarning[] {
  return holidayWarnings(
    bundesland,
    days.map((d) => d.date),
  ).map(({ date, holiday }) => ({ date, name: holiday.name, nameEn: holiday.nameEn }));
}

/** The same as a sentence for a list of warnings, in the reader's language. */
export function holidaySentences(
  holidays: readonly PublicHolidayWarning[],
  language: 'de' | 'en',
): string[] {
  return holidays.map((h) =>
    language === 'de'
      ? `Der Tag ${h.date} ist ein Feiertag (${h.name}).`
      : `The day ${h.date} is a public holiday (${h.nameEn}).`,
  );
}
