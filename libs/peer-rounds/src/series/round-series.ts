import { zonedInstant } from '@zyklus/common';
import { RRule } from 'rrule';

/** At most this many rounds in one series. */
export const MAX_SERIES_ROUNDS = 52;

export interface SeriesShape {
  /** The first round's day (YYYY-MM-DD). */
  firstDate: string;
  /** Wall-clock start and end (HH:MM) in `timeZone`, the same for every round. */
  startTime: string;
  endTime: string;
  /** Every N weeks. */
  everyWeeks: number;
  /** How many rounds, or the last possible day (inclusive). */
  count?: number | null;
  until?: string | null;
  timeZone: string;
  /** Days on which no round may take place (public holidays); such a day is left out. */
  skip?: (date: string) => boolean;
}

export interface SeriesRound {
  date: string;
  startsAt: Date;
  endsAt: Date;
}

export interface PlannedSeries {
  rounds: SeriesRound[];
  /** The days left out because `skip` said so. */
  skipped: string[];
}

const wall = (date: string, time: string) => new Date(`${date}T${time}:00Z`);

/**
 * The rounds of a series: every `everyWeeks` weeks from the first day, `count` rounds or up to
 * `until`. The recurrence is computed by rrule on "floating" wall-clock times (dates encoded as
 * UTC, as rrule recommends), and each day's wall-clock start is then placed in the programme's
 * time zone: so 18:00 stays 18:00 across daylight-saving changes. With `count`, a skipped day
 * (a holiday) is replaced by the next occurrence, so the series still has `count` rounds.
 */
export function planSeries(shape: SeriesShape): PlannedSeries {
  const skip = shape.skip ?? (() => false);
  const rule = new RRule({
    freq: RRule.WEEKLY,
    interval: shape.everyWeeks,
    dtstart: wall(shape.firstDate, shape.startTime),
    // Room for skipped days; never more than a year and a bit of weekly rounds.
    count: shape.count ? shape.count + 26 : null,
    until: shape.until ? wall(shape.until, '23:59') : null,
  });
  const rounds: SeriesRound[] = [];
  const skipped: string[] = [];
  const limit = shape.count ?? MAX_SERIES_ROUNDS + 1;
  rule.all((occurrence) => {
    const date = occurrence.toISOString().slice(0, 10);
    if (skip(date)) skipped.push(date);
    else
      rounds.push({
        date,
        startsAt: zonedInstant(date, shape.startTime, shape.timeZone),
        endsAt: zonedInstant(date, shape.endTime, shape.timeZone),
      });
    return rounds.length < limit;
  });
  return { rounds, skipped };
}
