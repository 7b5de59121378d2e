const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per time zone: building an Intl.DateTimeFormat costs far more than using one,
 * and each leaves ICU data in native memory that the garbage collector does not see.
 */
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
    dateFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar date of `instant` in `timeZone`, as YYYY-MM-DD (e.g. "today in Berlin"). */
export function localDateOf(instant: Date, timeZone: string): string {
  return dateFormat(timeZone).format(instant);
}

/** `date` (YYYY-MM-DD) moved by `days` calendar days; months and leap years handled. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** 2024-11-27 → 27.11.2024, as German readers write dates. */
export function germanDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}.${month}.${year}`;
}
