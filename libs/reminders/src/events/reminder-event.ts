import { EntityManager } from 'typeorm';
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

/** A change that moved an event's days, with the SEQUENCE it raised the event to. */
export interface ReminderEventMove {
  sequence: number;
  previousDays: ReminderEventDay[];
}

const sameDays = (a: readonly ReminderEventDay[], b: readonly ReminderEventDay[]) =>
  a.length === b.length &&
  a.every(
    (day, i) =>
      day.date === b[i]?.date && day.startTime === b[i]?.startTime && day.endTime === b[i]?.endTime,
  );

/**
 * The days as someone knew them who was told about everything before change `sequence`: the
 * days before the first move since then, if they differ from the days now; otherwise null.
 */
export function daysBefore(
  moves: readonly ReminderEventMove[],
  sequence: number,
  days: readonly ReminderEventDay[],
): ReminderEventDay[] | null {
  const move = moves.find((m) => m.sequence >= sequence);
  return move && !sameDays(move.previousDays, days) ? move.previousDays : null;
}

/**
 * An event as the reminders see it, whatever its kind: when, where, who. Buddy sessions, peer
 * rounds and local workshops plug in later with one adapter each (ReminderEventSource).
 */
export interface ReminderEvent {
  kind: ReminderEventKind;
  id: string;
  programmeId: string;
  programmeName: string;
  cohortId: string | null;
  title: string;
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
  placeName: string | null;
  placeAddress: string | null;
  onlineUrl: string | null;
  /** Why it was cancelled, if it was. */
  cancellationReason: string | null;
  /** The days before the latest change, if that change moved them ("Bisher: …"). */
  previousDays: ReminderEventDay[] | null;
  /** The changes that moved the days, oldest first. */
  moves: ReminderEventMove[];
  /**
   * Person ids per audience: the people concerned by the event as it is planned (e.g. who
   * coordinates on its first day), not as of today, so they change only when data does.
   */
  recipients: Record<ReminderAudience, string[]>;
}

/** Reads events of one kind for the reminders, in the caller's transaction. */
export interface ReminderEventSource {
  readonly kind: ReminderEventKind;

  /** The events with these ids (missing ones left out), with their recipients. */
  load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]>;

  /**
   * Ids of the events in these programmes or cohorts that are published and not over at `now`,
   * or that still have pending reminders (a follow-up after the end, a notice not yet sent):
   * the ones a rule or membership change re-materialises.
   */
  upcoming(
    manager: EntityManager,
    scope: { programmeIds?: readonly string[]; cohortIds?: readonly string[] },
    now: Date,
  ): Promise<string[]>;
}
