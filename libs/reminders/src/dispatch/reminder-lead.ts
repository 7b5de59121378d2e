import { Language } from '@zyklus/common';

const MINUTE = 60_000;

/** Intl formats cost far more to build than to use: one per time zone. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `instant` in `timeZone`, YYYY-MM-DD. */
function dateIn(instant: Date, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
    dateFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** Whole calendar days from one YYYY-MM-DD to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * The opening words of a reminder ("In 7 Tagen", "Morgen", "In 2 Stunden" …) from the time
 * actually left when the mail goes out, not from the rule's offset: a mail sent late (within the
 * grace window, after retries, from a backlog) says what is true when it is read. Less than an
 * hour: minutes; less than 12 hours: hours (rounded); otherwise calendar days in the programme's
 * time zone (today, tomorrow, in n days): at 22:00 about 09:00 the next morning "In 11 Stunden",
 * at 18:00 "Morgen", at 08:00 two days before "In 2 Tagen", across daylight-saving changes too.
 */
export function leadFor(startsAt: Date, now: Date, timeZone: string, language: Language): string {
  const de = language === Language.DE;
  const minutes = Math.round((startsAt.getTime() - now.getTime()) / MINUTE);
  if (minutes <= 0) return de ? 'Jetzt' : 'Now';
  if (minutes < 60) {
    if (minutes === 1) return de ? 'In einer Minute' : 'In one minute';
    return de ? `In ${minutes} Minuten` : `In ${minutes} minutes`;
  }
  if (minutes < 12 * 60) {
    const hours = Math.round(minutes / 60);
    if (hours === 1) return de ? 'In einer Stunde' : 'In one hour';
    return de ? `In ${hours} Stunden` : `In ${hours} hours`;
  }
  const days = daysBetween(dateIn(now, timeZone), dateIn(startsAt, timeZone));
  if (days <= 0) return de ? 'Heute' : 'Today';
  if (days === 1) return de ? 'Morgen' : 'Tomorrow';
  return de ? `In ${days} Tagen` : `In ${days} days`;
}
