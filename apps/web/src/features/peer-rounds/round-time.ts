import { formatDay, formatTimes } from '../../ui/format';

interface Timed {
  status: string;
  startsAt: string;
  endsAt: string;
  time: { date: string; timeZone: string };
}

/** "Do., 10. Dez. 2026, 18:00–19:30 (MEZ)": the day and times in the programme's zone. */
export function roundWhen(
  round: Pick<Timed, 'startsAt' | 'endsAt' | 'time'>,
  language: string,
): string {
  return `${formatDay(round.time.date, language)}, ${formatTimes(
    round.startsAt,
    round.endsAt,
    round.time.timeZone,
    language,
  )}`;
}

/** Planned rounds still ahead, the soonest first. */
export function upcoming<T extends Timed>(rounds: readonly T[], now = Date.now()): T[] {
  return rounds
    .filter((r) => r.status === 'PLANNED' && Date.parse(r.endsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** Everything else (held, cancelled, past), the latest first. */
export function earlier<T extends Timed>(rounds: readonly T[], now = Date.now()): T[] {
  const ahead = new Set(upcoming(rounds, now));
  return rounds
    .filter((r) => !ahead.has(r))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
}

/** Whether `member` belonged to the group on `date` (memberships run from/to calendar days). */
export function memberOn(
  member: { fromDate: string; toDate?: string | null },
  date: string,
): boolean {
  return member.fromDate <= date && (!member.toDate || member.toDate >= date);
}

/** The answer a mailed link proposes (`?answer=YES`, also `ja`/`nein`/`vielleicht`), if any. */
export function proposedAnswer(search: string): 'YES' | 'NO' | 'MAYBE' | null {
  const raw = (
    new URLSearchParams(search).get('answer') ??
    new URLSearchParams(search).get('antwort') ??
    ''
  )
    .trim()
    .toUpperCase();
  const map: Record<string, 'YES' | 'NO' | 'MAYBE'> = {
    YES: 'YES',
    JA: 'YES',
    NO: 'NO',
    NEIN: 'NO',
    MAYBE: 'MAYBE',
    VIELLEICHT: 'MAYBE',
  };
  return map[raw] ?? null;
}
