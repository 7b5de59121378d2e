import { Injectable } from '@nestjs/common';
import { Clock } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { zonedInstant } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { ReminderAudience, ReminderEventKind } from '../rule/reminder-enums';
import {
  ReminderEvent,
  ReminderEventDay,
  ReminderEventSource,
  ReminderEventState,
} from './reminder-event';

const STATE: Record<string, ReminderEventState> = {
  DRAFT: 'UNPUBLISHED',
  PUBLISHED: 'SCHEDULED',
  COMPLETED: 'OVER',
  CANCELLED: 'CANCELLED',
};

interface WorkshopRow {
  id: string;
  cohort_id: string;
  programme_id: string;
  programme_name: string;
  time_zone: string;
  title: string;
  description: string | null;
  status: string;
  sequence: number;
  place_name: string | null;
  place_address: string | null;
  online_url: string | null;
  cancellation_reason: string | null;
}

/**
 * Workshops for the reminders: participants are today's coordinators of the networks that are
 * enrolled or active in the cohort; facilitators the people among them; program managers
 * everyone with that role. Five queries for any number of workshops.
 */
@Injectable()
export class WorkshopEventSource implements ReminderEventSource {
  readonly kind = ReminderEventKind.WORKSHOP;

  constructor(
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const workshops = await manager.query<WorkshopRow[]>(
      `SELECT w.id, w.cohort_id, c.programme_id, p.name AS programme_name, p.time_zone,
              w.title, w.description, w.status, w.sequence, w.place_name, w.place_address, w.online_url,
              w.cancellation_reason
         FROM workshop w JOIN cohort c ON c.id = w.cohort_id JOIN programme p ON p.id = c.programme_id
        WHERE w.id = ANY($1::uuid[])`,
      [ids],
    );
    if (!workshops.length) return [];
    const cohortIds = [...new Set(workshops.map((w) => w.cohort_id))];
    const today = this.clock.today(this.config.timeZone);
    // One after the other: inside a transaction all four share one connection.
    const days = await manager.query<
      { workshop_id: string; date: string; start_time: string; end_time: string }[]
    >(
      `SELECT workshop_id, to_char(date, 'YYYY-MM-DD') AS date,
                to_char(start_time, 'HH24:MI') AS start_time, to_char(end_time, 'HH24:MI') AS end_time
           FROM workshop_day WHERE workshop_id = ANY($1::uuid[]) ORDER BY date`,
      [ids],
    );
    const participants = await manager.query<{ cohort_id: string; person_id: string }[]>(
      `SELECT DISTINCT p.cohort_id, k.person_id
           FROM participation p
           JOIN coordination k ON k.network_id = p.network_id
            AND k.start_date <= $2::date AND (k.end_date IS NULL OR k.end_date >= $2::date)
          WHERE p.cohort_id = ANY($1::uuid[]) AND p.status IN ('ENROLLED', 'ACTIVE')`,
      [cohortIds, today],
    );
    const facilitators = await manager.query<{ workshop_id: string; person_id: string }[]>(
      `SELECT DISTINCT workshop_id, person_id FROM workshop_facilitator
          WHERE workshop_id = ANY($1::uuid[]) AND person_id IS NOT NULL`,
      [ids],
    );
    const reschedules = await manager.query<
      { workshop_id: string; previous_days: ReminderEventDay[] | null }[]
    >(
      `SELECT DISTINCT ON (workshop_id) workshop_id, previous_days FROM workshop_change
        WHERE workshop_id = ANY($1::uuid[]) AND kind = 'RESCHEDULED'
        ORDER BY workshop_id, seq DESC`,
      [ids],
    );
    const managers = await manager.query<{ id: string }[]>(
      `SELECT id FROM person WHERE roles && ARRAY['PROGRAM_MANAGER']::varchar[] ORDER BY id`,
    );
    return workshops.flatMap((w): ReminderEvent[] => {
      const own = days
        .filter((d) => d.workshop_id === w.id)
        .map((d) => ({ date: d.date, startTime: d.start_time, endTime: d.end_time }));
      const first = own[0];
      const last = own[own.length - 1];
      if (!first || !last) return [];
      const start = { date: first.date, time: first.startTime };
      const end = { date: last.date, time: last.endTime };
      return [
        {
          kind: ReminderEventKind.WORKSHOP,
          id: w.id,
          programmeId: w.programme_id,
          programmeName: w.programme_name,
          cohortId: w.cohort_id,
          title: w.title,
          description: w.description,
          state: STATE[w.status] ?? 'UNPUBLISHED',
          timeZone: w.time_zone,
          days: own,
          start,
          end,
          startsAt: zonedInstant(start.date, start.time, w.time_zone),
          endsAt: zonedInstant(end.date, end.time, w.time_zone),
          sequence: w.sequence,
          placeName: w.place_name,
          placeAddress: w.place_address,
          onlineUrl: w.online_url,
          cancellationReason: w.cancellation_reason,
          previousDays: reschedules.find((r) => r.workshop_id === w.id)?.previous_days ?? null,
          recipients: {
            [ReminderAudience.PARTICIPANTS]: participants
              .filter((p) => p.cohort_id === w.cohort_id)
              .map((p) => p.person_id),
            [ReminderAudience.FACILITATORS]: facilitators
              .filter((f) => f.workshop_id === w.id)
              .map((f) => f.person_id),
            [ReminderAudience.PROGRAM_MANAGERS]: managers.map((m) => m.id),
          },
        },
      ];
    });
  }

  async upcoming(
    manager: EntityManager,
    scope: { programmeIds?: readonly string[]; cohortIds?: readonly string[] },
    now: Date,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `SELECT w.id
         FROM workshop w JOIN cohort c ON c.id = w.cohort_id JOIN programme p ON p.id = c.programme_id
        WHERE w.status = 'PUBLISHED'
          AND ($1::uuid[] IS NULL OR c.programme_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR w.cohort_id = ANY($2::uuid[]))
          AND EXISTS (SELECT 1 FROM workshop_day d WHERE d.workshop_id = w.id
                       AND (d.date + d.end_time) AT TIME ZONE p.time_zone > $3)`,
      [scope.programmeIds ?? null, scope.cohortIds ?? null, now],
    );
    return rows.map((row) => row.id);
  }
}
