/** What a person types into the series form. */
export interface SeriesValues {
  firstDate: string;
  startTime: string;
  endTime: string;
  everyWeeks: string;
  end: 'count' | 'until';
  count: string;
  until: string;
  format: 'ONLINE' | 'IN_PERSON';
  onlineUrl: string;
  place: string;
}

export const MAX_SERIES_ROUNDS = 52;

/**
 * The checks the browser can make before asking the server (which checks them all again and
 * more: days in the past, holidays, more than 52 rounds until a date). Values are text keys.
 */
export function validateSeries(v: SeriesValues): Partial<Record<keyof SeriesValues, string>> {
  const problems: Partial<Record<keyof SeriesValues, string>> = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.firstDate)) problems.firstDate = 'required';
  if (!/^\d{2}:\d{2}/.test(v.startTime)) problems.startTime = 'required';
  if (!/^\d{2}:\d{2}/.test(v.endTime)) problems.endTime = 'required';
  else if (!problems.startTime && v.endTime <= v.startTime) problems.endTime = 'endBeforeStart';
  const every = Number(v.everyWeeks);
  if (!Number.isInteger(every) || every < 1 || every > 12) problems.everyWeeks = 'everyWeeks';
  if (v.end === 'count') {
    const count = Number(v.count);
    if (v.count.trim() === '' || !Number.isInteger(count) || count < 1) problems.count = 'count';
    else if (count > MAX_SERIES_ROUNDS) problems.count = 'tooMany';
  } else if (!/^\d{4}-\d{2}-\d{2}$/.test(v.until)) {
    problems.until = 'required';
  } else if (!problems.firstDate && v.until < v.firstDate) {
    problems.until = 'untilBeforeFirst';
  }
  if (v.format === 'ONLINE' && !/^https:\/\/\S+$/.test(v.onlineUrl.trim())) {
    problems.onlineUrl = 'https';
  }
  if (v.format === 'IN_PERSON' && !v.place.trim()) problems.place = 'required';
  return problems;
}

/** The input for planPeerRounds (count or until, never both). */
export function seriesInput(groupId: string, v: SeriesValues) {
  return {
    groupId,
    firstDate: v.firstDate,
    startTime: v.startTime.slice(0, 5),
    endTime: v.endTime.slice(0, 5),
    everyWeeks: Number(v.everyWeeks),
    ...(v.end === 'count' ? { count: Number(v.count) } : { until: v.until }),
    format: v.format,
    ...(v.format === 'ONLINE' ? { onlineUrl: v.onlineUrl.trim() } : { place: v.place.trim() }),
  };
}
