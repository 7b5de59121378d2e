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
  /** The days before the latest reschedule, for change notices. */
  previousDays: ReminderEventDay[] | null;
  /** Person ids per audience. */
  recipients: Record<ReminderAudience, string[]>;
}

/** Reads events of one kind for the reminders, in the caller's transaction. */
export interface ReminderEventSource {
  readonly kind: ReminderEventKind;

  /** The events with these ids (missing ones left out), with their recipients today. */
  load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]>;

  /**
   * Ids of the events that are published and not over at `now`, in these programmes or
   * cohorts: the ones a rule or membership change re-materialises.
   */
  upcoming(
    manager: EntityManager,
    scope: { programmeIds?: readonly string[]; cohortIds?: readonly string[] },
    now: Date,
  ): Promise<string[]>;
}
