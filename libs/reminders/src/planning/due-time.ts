import { addDays, zonedInstant } from '@zyklus/common';

/** A moment as the programme's wall clock shows it. */
export interface WallClock {
  date: string;
  time: string;
}

/**
 * When a reminder is due: `offsetDays` calendar days from the anchor, counted in `timeZone` (so
 * "1 day before 09:00" is 09:00 local the day before, across a daylight-saving change), then
 * `offsetMinutes` of elapsed time ("2 hours before" is two real hours).
 */
export function dueAt(
  anchor: WallClock,
  timeZone: string,
  offsetDays: number,
  offsetMinutes: number,
): Date {
  const local = zonedInstant(addDays(anchor.date, offsetDays), anchor.time, timeZone);
  return new Date(local.getTime() + offsetMinutes * 60_000);
}

/** What happens to a reminder that would be created now. */
export type Arrival =
  { status: 'PENDING'; nextAttemptAt: Date } | { status: 'SKIPPED'; reason: string };

/**
 * A reminder due in the future waits for its time. One whose time has passed is sent at once
 * only while the event has not started and it is at most `graceMs` late; otherwise it is
 * skipped, saying why (no retroactive mails about old events).
 */
export function arrival(due: Date, now: Date, eventStart: Date, graceMs: number): Arrival {
  if (due.getTime() > now.getTime()) return { status: 'PENDING', nextAttemptAt: due };
  if (now.getTime() < eventStart.getTime() && now.getTime() - due.getTime() <= graceMs) {
    return { status: 'PENDING', nextAttemptAt: now };
  }
  return { status: 'SKIPPED', reason: 'created after its due time' };
}

/** Exponential backoff: base, 2×, 4× … after the 1st, 2nd, 3rd failed attempt. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return baseMs * 2 ** Math.max(0, attempts - 1);
}
