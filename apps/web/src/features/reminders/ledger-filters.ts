import type { ReminderLedgerQueryVariables, ReminderStatus } from '../../gql/graphql';

export const STATUSES: ReminderStatus[] = ['PENDING', 'SENT', 'FAILED', 'SKIPPED', 'CANCELLED'];

/**
 * The ledger's filters as the address bar keeps them (`/reminders?status=FAILED&cohort=…`), so a
 * filtered view can be bookmarked and shared. Days are calendar days in the programme's zone.
 */
export interface LedgerFilters {
  status: ReminderStatus | '';
  cohortId: string;
  eventKind: string;
  personId: string;
  /** YYYY-MM-DD, first day due (inclusive). */
  from: string;
  /** YYYY-MM-DD, last day due (inclusive). */
  to: string;
}

const PARAMS: Record<keyof LedgerFilters, string> = {
  status: 'status',
  cohortId: 'cohort',
  eventKind: 'kind',
  personId: 'person',
  from: 'from',
  to: 'to',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function filtersFrom(params: URLSearchParams): LedgerFilters {
  const status = params.get(PARAMS.status) ?? '';
  const day = (name: string) => {
    const value = params.get(name) ?? '';
    return DAY.test(value) ? value : '';
  };
  return {
    status: (STATUSES as string[]).includes(status) ? (status as ReminderStatus) : '',
    cohortId: params.get(PARAMS.cohortId) ?? '',
    eventKind: params.get(PARAMS.eventKind) ?? '',
    personId: params.get(PARAMS.personId) ?? '',
    from: day(PARAMS.from),
    to: day(PARAMS.to),
  };
}

/** The address's search part for these filters; empty ones are left out. */
export function paramsOf(filters: LedgerFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof LedgerFilters)[]) {
    if (filters[key]) params.set(PARAMS[key], filters[key]);
  }
  return params;
}

/** Whether the period ends before it begins (then it is not asked for). */
export function periodReversed(filters: LedgerFilters): boolean {
  return Boolean(filters.from && filters.to && filters.to < filters.from);
}

/** The `reminders` query's variables: days become instants at midnight in `timeZone`. */
export function ledgerVariables(
  filters: LedgerFilters,
  timeZone: string,
): Omit<ReminderLedgerQueryVariables, 'after'> {
  const reversed = periodReversed(filters);
  return {
    status: filters.status ? [filters.status] : null,
    cohortId: filters.cohortId || null,
    eventKind: filters.eventKind || null,
    personId: filters.personId || null,
    dueFrom: filters.from && !reversed ? midnight(filters.from, timeZone) : null,
    dueTo: filters.to && !reversed ? midnight(nextDay(filters.to), timeZone) : null,
  };
}

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((wall - instant) / 60_000);
}

/** The instant a calendar day begins in `timeZone`, e.g. 2026-12-07 in Berlin → 2026-12-06T23:00Z. */
export function midnight(day: string, timeZone: string): string {
  const wall = Date.parse(`${day}T00:00:00Z`);
  let instant = wall - zoneOffset(wall, timeZone) * 60_000;
  // Near a change of summer time the first guess can be an hour off: correct it once.
  instant = wall - zoneOffset(instant, timeZone) * 60_000;
  return new Date(instant).toISOString();
}
