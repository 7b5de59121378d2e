import { WallClock } from '../planning/due-time';
import { ReminderAudience, ReminderEventKind } from '../rule/reminder-enums';

/** Where an event stands, as far as reminders care. */
export type ReminderEventState = 'UNPUBLISHED' | 'SCHEDULED' | 'OVER' | 'CANCELLED';

/** One day of an event in the programme's wall-clock time. */
export interface ReminderEventDay {
  date: string;
  startTime: string;
  endTime: string;
}

/** What people see of an event besides its days: in mails and calendar entries. */
export interface ReminderEventDetails {
  title: string;
  placeName: string | null;
  placeAddress: string | null;
  onlineUrl: string | null;
}

/**
 * A change people were told about (it raised the SEQUENCE), with what the event looked like just
 * before it: its days, and its details where they were recorded.
 */
export interface ReminderEventChange {
  sequence: number;
  daysBefore: ReminderEventDay[];
  detailsBefore: ReminderEventDetails | null;
}

/** What someone knew of the event that differs from now: only the parts that changed. */
export interface KnownBefore {
  days?: ReminderEventDay[];
  title?: string;
  /** "name, address", or null when there was no place. */
  place?: string | null;
  onlineUrl?: string | null;
}

const sameDays = (a: readonly ReminderEventDay[], b: readonly ReminderEventDay[]) =>
  a.length === b.length &&
  a.every(
    (day, i) =>
      day.date === b[i]?.date && day.startTime === b[i]?.startTime && day.endTime === b[i]?.endTime,
  );

/** A place as one line: "name, address". */
export function placeLine(details: {
  placeName: string | null;
  placeAddress: string | null;
}): string | null {
  return details.placeName
    ? [details.placeName, details.placeAddress].filter(Boolean).join(', ')
    : null;
}

/**
 * What someone knew who was told about everything before change `sequence`: the event as it was
 * before the first change since then, where it differs from the event now; null when nothing
 * they see differs.
 */
export function knownBefore(
  history: readonly ReminderEventChange[],
  sequence: number,
  now: { days: readonly ReminderEventDay[] } & ReminderEventDetails,
): KnownBefore | null {
  const change = history.find((c) => c.sequence >= sequence);
  if (!change) return null;
  const known: KnownBefore = {};
  if (!sameDays(change.daysBefore, now.days)) known.days = change.daysBefore;
  const before = change.detailsBefore;
  if (before) {
    if (before.title !== now.title) known.title = before.title;
    if (placeLine(before) !== placeLine(now)) known.place = placeLine(before);
    if (before.onlineUrl !== now.onlineUrl) known.onlineUrl = before.onlineUrl;
  }
  return Object.keys(known).length ? known : null;
}

/**
 * An event as the reminders see it, whatever its kind: when, where, who. Each kind comes from
 * its context's adapter (ReminderEventSource); a "subject" of nudges (a pairing, a group) is an
 * event too, with START and END the moments its adapter names.
 */
export interface ReminderEvent extends ReminderEventDetails {
  kind: ReminderEventKind;
  id: string;
  programmeId: string;
  programmeName: string;
  /** The programme office's address for answers (Reply-To); null: MAIL_FROM. */
  replyTo: string | null;
  /** The event's page in the web app, a path such as `/workshops/<id>`. */
  webPath: string;
  cohortId: string | null;
  /** The scope its adapter declares (e.g. a peer group) for rules of that scope; else null. */
  scopeId: string | null;
  description: string | null;
  state: ReminderEventState;
  timeZone: string;
  days: ReminderEventDay[];
  start: WallClock;
  end: WallClock;
  startsAt: Date;
  endsAt: Date;
  /** Raised with every change people were told about (the .ics SEQUENCE). */
  sequence: number;
  /** Why it was cancelled, if it was. */
  cancellationReason: string | null;
  /**
   * What the people told about the latest change knew before it, where it differs ("Bisher: …");
   * a change notice replaces it with what its recipient knew.
   */
  previous: KnownBefore | null;
  /** The changes people were told about, oldest first. */
  history: ReminderEventChange[];
  /**
   * Person ids per audience (contact ids for an audience of `contacts`; every audience its
   * adapter declares): the people concerned by the
   * event as it is planned (e.g. who coordinates on its first day), not as of today, so they
   * change only when data does.
   */
  recipients: Record<ReminderAudience, string[]>;
}
