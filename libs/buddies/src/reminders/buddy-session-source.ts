import { Injectable } from '@nestjs/common';
import { ObjectType } from '@nestjs/graphql';
import { cohortsSql } from '@zyklus/cohorts';
import { Actor, identitySql } from '@zyklus/identity';
import { mailTemplateFolder } from '@zyklus/mail';
import {
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventNode,
  ReminderEventSource,
  ReminderEventState,
  ReminderKind,
  ReminderScope,
} from '@zyklus/reminders';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';

export const BUDDY_SESSION = 'BUDDY_SESSION';

/** Who buddy-session reminders go to. */
export const SessionAudience = { PAIR: 'PAIR' } as const;

@ObjectType({
  implements: () => ReminderEventNode,
  description: 'A buddy session (Buddy-Treffen) as an event of the reminder ledger.',
})
export class BuddySessionReminderEvent extends ReminderEventNode {}

const mail = (name: string) => mailTemplateFolder(join(__dirname, 'mail', name));

const STATE: Record<string, ReminderEventState> = {
  PLANNED: 'SCHEDULED',
  HELD: 'OVER',
  DID_NOT_HAPPEN: 'OVER',
  CANCELLED: 'CANCELLED',
};

interface Row {
  id: string;
  pairing_id: string;
  cohort_id: string;
  programme_id: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  status: string;
  sequence: number;
  starts_at: Date;
  ends_at: Date;
  start_date: string;
  start_time: string;
  end_date: string;
  end_time: string;
  place: string | null;
  online_url: string | null;
  topic: string | null;
  cancellation_reason: string | null;
  pairing_status: string;
  new_coordinator_id: string;
  buddy_id: string;
  new_coordinator_name: string;
  buddy_name: string;
}

/**
 * The reminders' adapter for buddy sessions: reminders by rule to the pair (e.g. one day before,
 * with the .ics and the link), cancellations of pending reminders when a session is cancelled or
 * the pairing is no longer active, and the sessions in both people's calendar feeds — only in
 * theirs: program managers do not get the pair's sessions (nor their links) in their feed.
 * The invitation, change and cancellation the other one gets when a session is planned, moved
 * or cancelled are mailed by BuddyMails at once.
 */
@Injectable()
@ReminderEventAdapter()
export class BuddySessionSource implements ReminderEventSource {
  readonly kind = BUDDY_SESSION;
  readonly description = 'Buddy-Treffen: a session a buddy pair arranges.';
  readonly audiences = [
    {
      name: SessionAudience.PAIR,
      description: 'The two people of the pairing (while it is active or paused).',
      attendeeRole: 'REQ-PARTICIPANT' as const,
      leftReason: 'the pairing is no longer active',
    },
  ];
  readonly mails = {
    [ReminderKind.REMINDER]: mail('buddy-session-reminder'),
    [ReminderKind.CHANGE_NOTICE]: mail('buddy-session-reminder'),
    [ReminderKind.CANCELLATION]: mail('buddy-session-cancelled'),
    [ReminderKind.PERSONAL_CANCELLATION]: mail('buddy-session-cancelled'),
  };
  readonly graphqlType = BuddySessionReminderEvent;

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const rows = await manager.query<Row[]>(
      `SELECT s.id, s.pairing_id, bp.cohort_id, c.programme_id, g.name AS programme_name,
              g.reply_to, g.time_zone, s.status, s.sequence, s.starts_at, s.ends_at,
              to_char(s.starts_at AT TIME ZONE g.time_zone, 'YYYY-MM-DD') AS start_date,
              to_char(s.starts_at AT TIME ZONE g.time_zone, 'HH24:MI') AS start_time,
              to_char(s.ends_at AT TIME ZONE g.time_zone, 'YYYY-MM-DD') AS end_date,
              to_char(s.ends_at AT TIME ZONE g.time_zone, 'HH24:MI') AS end_time,
              s.place, s.online_url, s.topic, s.cancellation_reason,
              bp.status AS pairing_status, bp.new_coordinator_id, bp.buddy_id,
              nc.name AS new_coordinator_name, bu.name AS buddy_name
         FROM buddy_session s
         JOIN buddy_pairing bp ON bp.id = s.pairing_id
         JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
         JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
         JOIN ${identitySql.people} nc ON nc.id = bp.new_coordinator_id
         JOIN ${identitySql.people} bu ON bu.id = bp.buddy_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((s) => {
      const active = s.pairing_status === 'ACTIVE' || s.pairing_status === 'PAUSED';
      // A session runs within a day; one past midnight is shown until the end of its first day.
      const endTime = s.end_date === s.start_date ? s.end_time : '23:59';
      return {
        kind: BUDDY_SESSION,
        id: s.id,
        title: `Buddy-Treffen ${s.new_coordinator_name} & ${s.buddy_name}`,
        placeName: s.place,
        placeAddress: null,
        onlineUrl: s.online_url,
        programmeId: s.programme_id,
        programmeName: s.programme_name,
        replyTo: s.reply_to,
        webPath: `/tandem/${s.pairing_id}`,
        cohortId: s.cohort_id,
        scopeId: null,
        description: s.topic,
        state: STATE[s.status] ?? 'SCHEDULED',
        timeZone: s.time_zone,
        days: [{ date: s.start_date, startTime: s.start_time, endTime }],
        start: { date: s.start_date, time: s.start_time },
        end: { date: s.start_date, time: endTime },
        startsAt: s.starts_at,
        endsAt: s.ends_at,
        sequence: s.sequence,
        cancellationReason: s.cancellation_reason,
        previous: null,
        history: [],
        recipients: {
          [SessionAudience.PAIR]: active ? [s.new_coordinator_id, s.buddy_id] : [],
        },
      };
    });
  }

  async upcoming(manager: EntityManager, scope: ReminderScope, now: Date): Promise<string[]> {
    if (scope.scopeIds && !scope.programmeIds && !scope.cohortIds) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT s.id FROM buddy_session s
         JOIN buddy_pairing bp ON bp.id = s.pairing_id
         JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
        WHERE ($1::uuid[] IS NULL OR c.programme_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR bp.cohort_id = ANY($2::uuid[]))
          AND s.status = 'PLANNED' AND s.ends_at > $3
        ORDER BY s.id`,
      [scope.programmeIds ?? null, scope.cohortIds ?? null, now],
    );
    return rows.map((r) => r.id);
  }

  /** The pair's sessions, in both people's feeds; nobody else's (program managers included). */
  async takingPart(manager: EntityManager, actor: Actor, since: Date): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT s.id FROM buddy_session s
         JOIN buddy_pairing bp ON bp.id = s.pairing_id
        WHERE (bp.new_coordinator_id = $1 OR bp.buddy_id = $1) AND s.ends_at >= $2
        ORDER BY s.starts_at, s.id`,
      [actor.personId, since],
    );
    return rows.map((r) => r.id);
  }
}
