/**
 * Dates and times with Intl, in the zone the event is planned in (e.g. Europe/Berlin), named
 * where it matters, in the app's language.
 */
const locale = (language: string) => (language === 'en' ? 'en-GB' : 'de-DE');

/** "Mi., 9. Dez. 2026" */
export function formatDay(isoDate: string, language: string): string {
  // A LocalDate is a calendar day: format it at noon UTC so no zone moves it.
  return new Intl.DateTimeFormat(locale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "09:00–16:30 (MEZ)" from the day's instants, in the event's zone. */
export function formatTimes(startsAt: string, endsAt: string, timeZone: string, language: string) {
  const time = new Intl.DateTimeFormat(locale(language), {
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  });
  const zone =
    new Intl.DateTimeFormat(locale(language), { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(startsAt))
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${time.format(new Date(startsAt))}–${time.format(new Date(endsAt))} (${zone})`;
}

/** "6. Dez. 2026, 21:40" for an instant, in the browser's zone. */
export function formatInstant(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(iso));
}
