import { Language, zonedInstant } from '@zyklus/common';

export interface DayToFormat {
  date: string;
  startTime: string;
  endTime: string;
}

const LOCALE = { de: 'de-DE', en: 'en-GB' } as const;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Intl formats are costly to build and cheap to use: one per language, zone and style. */
function format(language: Language, timeZone: string, style: 'date' | 'zone'): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${style}`;
  let cached = formats.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(
      LOCALE[language],
      style === 'date'
        ? { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
        : { timeZone, timeZoneName: 'long' },
    );
    formats.set(key, cached);
  }
  return cached;
}

/**
 * A workshop's days as people read them, with the time zone spelled out:
 * "Mittwoch, 27. November 2024, 09:00–17:00 Uhr" per day, then
 * "Alle Zeiten: Mitteleuropäische Normalzeit (Europe/Berlin)" — the zone's name as it holds on
 * the first day (summer time in May, standard time in November).
 */
export function formatDays(
  days: readonly DayToFormat[],
  timeZone: string,
  language: Language,
): { lines: string[]; timeZoneLine: string } {
  const lines = days.map((day) => {
    const noon = zonedInstant(day.date, '12:00', timeZone);
    const date = format(language, timeZone, 'date').format(noon);
    const times = `${day.startTime}–${day.endTime}`;
    return language === Language.DE ? `${date}, ${times} Uhr` : `${date}, ${times}`;
  });
  const first = days[0];
  const zoneName = first
    ? (format(language, timeZone, 'zone')
        .formatToParts(zonedInstant(first.date, first.startTime, timeZone))
        .find((part) => part.type === 'timeZoneName')?.value ?? timeZone)
    : timeZone;
  const timeZoneLine =
    language === Language.DE
      ? `Alle Zeiten: ${zoneName} (${timeZone})`
      : `All times: ${zoneName} (${timeZone})`;
  return { lines, timeZoneLine };
}
