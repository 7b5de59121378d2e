import Holidays from 'date-holidays';

/**
 * The 16 German states by the names Zyklus stores (`Bundesland` in @zyklus/cohorts), mapped to
 * their ISO 3166-2 codes as the holiday library knows them.
 */
const STATE_CODES = {
  BADEN_WUERTTEMBERG: 'BW',
  BAYERN: 'BY',
  BERLIN: 'BE',
  BRANDENBURG: 'BB',
  BREMEN: 'HB',
  HAMBURG: 'HH',
  HESSEN: 'HE',
  MECKLENBURG_VORPOMMERN: 'MV',
  NIEDERSACHSEN: 'NI',
  NORDRHEIN_WESTFALEN: 'NW',
  RHEINLAND_PFALZ: 'RP',
  SAARLAND: 'SL',
  SACHSEN: 'SN',
  SACHSEN_ANHALT: 'ST',
  SCHLESWIG_HOLSTEIN: 'SH',
  THUERINGEN: 'TH',
} as const;

/** A Bundesland as stored (e.g. `BAYERN`); the values of the `Bundesland` enum. */
export type BundeslandKey = keyof typeof STATE_CODES;

/** A public holiday (gesetzlicher Feiertag) of one Bundesland. */
export interface PublicHoliday {
  /** YYYY-MM-DD */
  date: string;
  /** German name, e.g. "Fronleichnam". */
  name: string;
  /** English name, e.g. "Corpus Christi". */
  nameEn: string;
}

const byStateAndYear = new Map<string, ReadonlyMap<string, PublicHoliday>>();

function calendar(state: string, language: 'de' | 'en') {
  return new Holidays('DE', state, { languages: [language], types: ['public'] });
}

/** The public holidays of `bundesland` in `year`, by date (computed once, then cached). */
function holidaysOfYear(
  bundesland: BundeslandKey,
  year: number,
): ReadonlyMap<string, PublicHoliday> {
  const key = `${bundesland}:${year}`;
  let found = byStateAndYear.get(key);
  if (found) return found;
  const state = STATE_CODES[bundesland];
  if (!state) throw new Error(`Unknown Bundesland ${String(bundesland)}`);
  const english = new Map(
    calendar(state, 'en')
      .getHolidays(year)
      .filter((h) => h.type === 'public')
      .map((h) => [h.date.slice(0, 10), h.name]),
  );
  const map = new Map<string, PublicHoliday>();
  for (const h of calendar(state, 'de').getHolidays(year)) {
    if (h.type !== 'public') continue;
    const date = h.date.slice(0, 10);
    if (!map.has(date)) map.set(date, { date, name: h.name, nameEn: english.get(date) ?? h.name });
  }
  found = map;
  byStateAndYear.set(key, found);
  return found;
}

/** The public holiday of `bundesland` on `date` (YYYY-MM-DD), or null on an ordinary day. */
export function holidayOn(bundesland: BundeslandKey, date: string): PublicHoliday | null {
  return holidaysOfYear(bundesland, Number(date.slice(0, 4))).get(date) ?? null;
}

/** The public holidays of `bundesland` from `from` to `to` (both YYYY-MM-DD, inclusive), in order. */
export function holidaysBetween(
  bundesland: BundeslandKey,
  from: string,
  to: string,
): PublicHoliday[] {
  const result: PublicHoliday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of holidaysOfYear(bundesland, year).values()) {
      if (holiday.date >= from && holiday.date <= to) result.push(holiday);
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}

/** Saturday or Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * Whether nobody should be proposed to meet on `date`: a weekend, or (when the place's
 * Bundesland is known) one of its public holidays.
 */
export function isDayOff(date: string, bundesland?: BundeslandKey | null): boolean {
  return isWeekend(date) || (bundesland ? holidayOn(bundesland, date) !== null : false);
}

/** A warning about a picked day that is a public holiday, naming it. */
export interface HolidayWarning {
  date: string;
  holiday: PublicHoliday;
}

/** The picked dates that fall on a public holiday of `bundesland` (none without one). */
export function holidayWarnings(
  bundesland: BundeslandKey | null | undefined,
  dates: readonly string[],
): HolidayWarning[] {
  if (!bundesland) return [];
  return dates.flatMap((date) => {
    const holiday = holidayOn(bundesland, date);
    return holiday ? [{ date, holiday }] : [];
  });
}
