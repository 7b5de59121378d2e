import { Injectable } from '@nestjs/common';
import { cohortsSql } from '@zyklus/cohorts';
import { zonedInstant } from '@zyklus/common';
import { Actor, PersonDirectory, Role } from '@zyklus/identity';
import {
  knownBefore,
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventChange,
  ReminderEventDay,
  ReminderEventSource,
  ReminderEventState,
  ReminderScope,
} from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { WorkshopAccess } from '../access/workshop-access';
import { participantsOf } from '../access/workshop-participants';
import { AttendanceExcuses } from '../attendance/attendance-excuses';
import { RecordedDetails } from '../workshop/workshop-change.entity';
import { workshopsAhead } from '../workshop/workshops-ahead';
import { ATTENDANCE_NOT_RECORDED } from './workshop-nudges';
import { WorkshopReminderEvent } from './workshop-reminder-event.model';
import {
  WORKSHOP_AUDIENCES,
  WORKSHOP_EVENT_KIND,
  WORKSHOP_MAILS,
  WorkshopAudience,
} from './workshop-reminder-kind';

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
  reply_to: string | null;
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
 * Workshops for the reminders. Participants are the people who will be there, by the rule the
 * online link and the calendar feed share (participantsOf in @zyklus/workshops): the
 * coordinators, on the workshop's first day, of the networks enrolled or active in the cohort,
 * or whose participation completed on or after that day; so a hand-over dated later is
 * reflected, and the recipients do not shift as days pass. Facilitators are the
 * people among the workshop's facilitators; program managers everyone with that role. Six
 * queries for any number of workshops.
 */
@Injectable()
@ReminderEventAdapter()
export class WorkshopEventSource implements ReminderEventSource {
  readonly kind = WORKSHOP_EVENT_KIND;
  readonly description = 'A workshop of a cohort’s cycle.';
  readonly audiences = WORKSHOP_AUDIENCES;
  readonly mails = WORKSHOP_MAILS;
  readonly nudges = [ATTENDANCE_NOT_RECORDED];
  readonly graphqlType = WorkshopReminderEvent;

  constructor(
    private readonly excuses: AttendanceExcuses,
    private readonly access: WorkshopAccess,
  ) {}

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const workshops = await manager.query<WorkshopRow[]>(
      `SELECT w.id, w.cohort_id, p.programme_id, p.programme_name, p.reply_to, p.time_zone,
              w.title, w.description, w.status, w.sequence, w.place_name, w.place_address, w.online_url,
              w.cancellation_reason
         FROM workshop w JOIN ${cohortsSql.cohortProgrammes} p ON p.cohort_id = w.cohort_id
        WHERE w.id = ANY($1::uuid[])`,
      [ids],
    );
    if (!workshops.length) return [];
    // One after the other: inside a transaction they all share one connection.
    const days = await manager.query<
      { workshop_id: string; date: string; start_time: string; end_time: string }[]
    >(
      `SELECT workshop_id, to_char(date, 'YYYY-MM-DD') AS date,
                to_char(start_time, 'HH24:MI') AS start_time, to_char(end_time, 'HH24:MI') AS end_time
           FROM workshop_day WHERE workshop_id = ANY($1::uuid[]) ORDER BY date`,
      [ids],
    );
    const participants = await participantsOf(manager, ids);
    const facilitators = await manager.query<{ workshop_id: string; person_id: string }[]>(
      `SELECT DISTINCT workshop_id, person_id FROM workshop_facilitator
          WHERE workshop_id = ANY($1::uuid[]) AND person_id IS NOT NULL`,
      [ids],
    );
    // The changes people are told about, in order, for "Bisher: …" in change notices.
    const changes = await manager.query<
      {
        workshop_id: string;
        kind: string;
        sequence: number;
        previous_days: ReminderEventDay[] | null;
        previous_details: RecordedDetails | null;
        days: ReminderEventDay[] | null;
      }[]
    >(
      `SELECT workshop_id, kind, sequence, previous_days, previous_details, days FROM workshop_change
        WHERE workshop_id = ANY($1::uuid[]) AND kind IN ('RESCHEDULED', 'UPDATED', 'CANCELLED')
        ORDER BY workshop_id, seq`,
      [ids],
    );
    const managers = await PersonDirectory.withRole(manager, Role.PROGRAM_MANAGER);
    return workshops.flatMap((w): ReminderEvent[] => {
      const own = days
        .filter((d) => d.workshop_id === w.id)
        .map((d) => ({ date: d.date, startTime: d.start_time, endTime: d.end_time }));
      const first = own[0];
      const last = own[own.length - 1];
      if (!first || !last) return [];
      // The changes that raised the SEQUENCE (a change nobody sees is recorded, but not told).
      const history: ReminderEventChange[] = [];
      let told = 0;
      for (const c of changes) {
        if (c.workshop_id !== w.id || c.sequence <= told) continue;
        told = c.sequence;
        history.push({
          sequence: c.sequence,
          daysBefore: c.previous_days?.length ? c.previous_days : (c.days ?? own),
          detailsBefore: c.previous_details,
        });
      }
      const start = { date: first.date, time: first.startTime };
      const end = { date: last.date, time: last.endTime };
      return [
        {
          kind: WORKSHOP_EVENT_KIND,
          id: w.id,
          programmeId: w.programme_id,
          programmeName: w.programme_name,
          replyTo: w.reply_to,
          webPath: `/workshops/${w.id}`,
          cohortId: w.cohort_id,
          scopeId: null,
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
          history,
          previous: knownBefore(history, w.sequence, {
            days: own,
            title: w.title,
            placeName: w.place_name,
            placeAddress: w.place_address,
            onlineUrl: w.online_url,
          }),
          recipients: {
            [WorkshopAudience.PARTICIPANTS]: participants
              .filter((p) => p.workshopId === w.id)
              .map((p) => p.personId),
            [WorkshopAudience.FACILITATORS]: facilitators
              .filter((f) => f.workshop_id === w.id)
              .map((f) => f.person_id),
            [WorkshopAudience.PROGRAM_MANAGERS]: managers,
          },
        },
      ];
    });
  }

  /** Published workshops with a day still ahead (the pending rows the planner adds itself). */
  upcoming(manager: EntityManager, scope: ReminderScope, now: Date): Promise<string[]> {
    if (scope.scopeIds && !scope.programmeIds && !scope.cohortIds) return Promise.resolve([]);
    return workshopsAhead(manager, scope, now);
  }

  /** As the workshops' access rules say (WorkshopAccess.takingPart). */
  async takingPart(_manager: EntityManager, actor: Actor): Promise<string[]> {
    return (await this.access.takingPart(actor)).map((w) => w.id);
  }

  recordDecline(
    manager: EntityManager,
    eventId: string,
    personId: string,
    at: Date,
  ): Promise<boolean> {
    return this.excuses.excuse(manager, eventId, personId, at);
  }
}
