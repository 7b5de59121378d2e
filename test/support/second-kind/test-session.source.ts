import { Injectable } from '@nestjs/common';
import { ObjectType } from '@nestjs/graphql';
import { zonedInstant } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { mailTemplateFolder } from '@zyklus/mail';
import {
  knownBefore,
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventChange,
  ReminderEventNode,
  ReminderEventSource,
  ReminderEventState,
  ReminderKind,
  ReminderNudgeSpec,
  ReminderScope,
} from '@zyklus/reminders';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';

export const TEST_SESSION = 'TEST_SESSION';

@ObjectType({ implements: () => ReminderEventNode, description: 'A test-only kind of event.' })
export class TestSessionReminderEvent extends ReminderEventNode {}

const mail = (name: string) => mailTemplateFolder(join(__dirname, 'mail', name));

const STATE: Record<string, ReminderEventState> = {
  DRAFT: 'UNPUBLISHED',
  SCHEDULED: 'SCHEDULED',
  HELD: 'OVER',
  CANCELLED: 'CANCELLED',
};

interface Row {
  id: string;
  group_id: string;
  programme_id: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  title: string;
  status: string;
  sequence: number;
  date: string;
  start_time: string;
  end_time: string;
  host_id: string | null;
  member_ids: string[];
  cancellation_reason: string | null;
  history: ReminderEventChange[];
}

/** "No notes a day after the session": to the host, settled once notes are written. */
const NO_NOTES: ReminderNudgeSpec = {
  name: 'NO_NOTES',
  description: 'No notes after the session.',
  mail: mail('session-no-notes'),
  audiences: ['HOST'],
  async settled(manager, ids) {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM test_session WHERE id = ANY($1::uuid[]) AND notes IS NOT NULL`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, 'notes written']));
  },
};

/** The test-only kind's adapter: its one registration is the decorator and the module. */
@Injectable()
@ReminderEventAdapter()
export class TestSessionSource implements ReminderEventSource {
  readonly kind = TEST_SESSION;
  readonly description = 'A test session of a test group.';
  readonly audiences = [
    {
      name: 'MEMBERS',
      description: 'The group’s members.',
      attendeeRole: 'REQ-PARTICIPANT' as const,
      toldOfCancellation: true,
      leftReason: 'left the group',
    },
    {
      name: 'HOST',
      description: 'The session’s host.',
      attendeeRole: 'CHAIR' as const,
      templateFlag: 'asHost',
      toldOfCancellation: true,
      leftReason: 'no longer the host',
    },
  ];
  readonly scope = {
    description: 'test group',
    label: { de: 'Testgruppe', en: 'test group' },
    async contains(manager: EntityManager, programmeId: string, scopeId: string) {
      const rows = await manager.query<unknown[]>(
        `SELECT 1 FROM test_group WHERE id = $1 AND programme_id = $2`,
        [scopeId, programmeId],
      );
      return rows.length > 0;
    },
  };
  readonly mails = {
    [ReminderKind.REMINDER]: mail('session-reminder'),
    [ReminderKind.CHANGE_NOTICE]: mail('session-reminder'),
    [ReminderKind.CANCELLATION]: mail('session-cancelled'),
    [ReminderKind.PERSONAL_CANCELLATION]: mail('session-cancelled'),
  };
  readonly nudges = [NO_NOTES];
  readonly graphqlType = TestSessionReminderEvent;

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const rows = await manager.query<Row[]>(
      `SELECT s.id, s.group_id, g.programme_id, p.name AS programme_name, p.reply_to, p.time_zone,
              s.title, s.status, s.sequence, to_char(s.date, 'YYYY-MM-DD') AS date,
              to_char(s.start_time, 'HH24:MI') AS start_time, to_char(s.end_time, 'HH24:MI') AS end_time,
              s.host_id, s.member_ids, s.cancellation_reason, s.history
         FROM test_session s JOIN test_group g ON g.id = s.group_id
         JOIN programme p ON p.id = g.programme_id
        WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((s) => {
      const days = [{ date: s.date, startTime: s.start_time, endTime: s.end_time }];
      const now = { days, title: s.title, placeName: null, placeAddress: null, onlineUrl: null };
      return {
        ...now,
        kind: TEST_SESSION,
        id: s.id,
        programmeId: s.programme_id,
        programmeName: s.programme_name,
        replyTo: s.reply_to,
        webPath: `/test-sessions/${s.id}`,
        cohortId: null,
        scopeId: s.group_id,
        description: null,
        state: STATE[s.status] ?? 'UNPUBLISHED',
        timeZone: s.time_zone,
        start: { date: s.date, time: s.start_time },
        end: { date: s.date, time: s.end_time },
        startsAt: zonedInstant(s.date, s.start_time, s.time_zone),
        endsAt: zonedInstant(s.date, s.end_time, s.time_zone),
        sequence: s.sequence,
        cancellationReason: s.cancellation_reason,
        history: s.history,
        previous: knownBefore(s.history, s.sequence, now),
        recipients: { MEMBERS: s.member_ids, HOST: s.host_id ? [s.host_id] : [] },
      };
    });
  }

  async upcoming(manager: EntityManager, scope: ReminderScope, now: Date): Promise<string[]> {
    if (scope.cohortIds && !scope.programmeIds && !scope.scopeIds) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT s.id FROM test_session s JOIN test_group g ON g.id = s.group_id
         JOIN programme p ON p.id = g.programme_id
        WHERE ($1::uuid[] IS NULL OR g.programme_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR s.group_id = ANY($2::uuid[]))
          AND s.status = 'SCHEDULED' AND (s.date + s.end_time) AT TIME ZONE p.time_zone > $3
        ORDER BY s.id`,
      [scope.programmeIds ?? null, scope.scopeIds ?? null, now],
    );
    return rows.map((r) => r.id);
  }

  async takingPart(manager: EntityManager, actor: Actor): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT id FROM test_session
        WHERE status <> 'DRAFT' AND ($2 OR host_id = $1 OR $1 = ANY(member_ids))`,
      [actor.personId, actor.isProgramManager],
    );
    return rows.map((r) => r.id);
  }
}
