/** Minutes `timeZone` is ahead of UTC at `instant` (e.g. 60 in Berlin's winter). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((wall - instant) / 60_000);
}

/**
 * The instant (ISO, UTC) of a wall-clock day and time in `timeZone`: "2027-01-12", "17:00" →
 * "2027-01-12T16:00:00.000Z". Across a daylight-saving change the offset of the result counts.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  const wall = Date.UTC(y, m - 1, d, h, mi);
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - offsetMinutes(first, timeZone) * 60_000).toISOString();
}

/** The wall-clock day and time of an instant in `timeZone`: { date: "2027-01-12", time: "17:00" }. */
export function zonedParts(iso: string, timeZone: string): { date: string; time: string } {
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat('sv-SE', { timeZone }).format(at);
  const time = new Intl.DateTimeFormat('de-DE', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  return { date, time };
}
