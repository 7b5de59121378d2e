import { Injectable } from '@nestjs/common';
import { cohortsSql } from '@zyklus/cohorts';
import { localDateOf } from '@zyklus/common';
import { PersonDirectory, Role } from '@zyklus/identity';
import {
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventSource,
  ReminderKind,
  ReminderScope,
} from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { PeerGroupReminderEvent } from './peer-round-reminder-event.model';
import { peerMail } from './peer-round-reminder-kind';

/** Peer groups as subjects of nudges for the reminders. */
export const PEER_GROUP_EVENT_KIND = 'PEER_GROUP';

/** How far ahead an active group should have a round planned (DESIGN §8). */
export const PLANNING_HORIZON_WEEKS = 8;

const noRound = peerMail('peer-group-no-round');

interface GroupRow {
  id: string;
  name: string;
  status: string;
  programme_id: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  updated_at: Date;
  last_start: Date | null;
}

/**
 * A peer group as the subject of the program managers' nudge "no round planned in the next 8
 * weeks" (DESIGN §8). Its START is the moment from which the group has nothing planned ahead:
 * the start of its last planned round (from then on no round lies in the next 8 weeks), or,
 * without one, when it last changed (it became ACTIVE). Every plan, move, cancel and status
 * change re-plans it, so the nudge's row follows the last round: a rule `template: NUDGE,
 * nudge: NO_ROUND_PLANNED, anchor: START, offsetDays: 0` nudges when the last planned round
 * begins (or, say, `offsetDays: 14` after a group became active without rounds). Only ACTIVE
 * groups have rows; the nudge is skipped with the reason once the group is not active.
 */
@Injectable()
@ReminderEventAdapter()
export class PeerGroupEventSource implements ReminderEventSource {
  readonly kind = PEER_GROUP_EVENT_KIND;
  readonly description = 'A peer group, as the subject of nudges to program managers.';
  readonly audiences = [
    {
      name: 'PROGRAM_MANAGERS',
      description: 'Every program manager.',
      attendeeRole: 'OPT-PARTICIPANT' as const,
      templateFlag: 'asManager',
      leftReason: 'no longer a program manager',
      fromRole: 'PROGRAM_MANAGER',
    },
  ];
  readonly mails = {
    [ReminderKind.REMINDER]: noRound,
    [ReminderKind.CHANGE_NOTICE]: noRound,
    [ReminderKind.CANCELLATION]: noRound,
    [ReminderKind.PERSONAL_CANCELLATION]: noRound,
  };
  readonly graphqlType = PeerGroupReminderEvent;
  readonly nudges = [
    {
      name: 'NO_ROUND_PLANNED',
      description: `Program managers, when an ACTIVE group has no round planned in the next ${PLANNING_HORIZON_WEEKS} weeks.`,
      mail: noRound,
      audiences: ['PROGRAM_MANAGERS'],
      settled: async (manager: EntityManager, ids: readonly string[]) => {
        const rows = await manager.query<{ id: string; status: string }[]>(
          `SELECT g.id, g.status FROM peer_group g WHERE g.id = ANY($1::uuid[])`,
          [ids],
        );
        return new Map(
          rows.flatMap((r): [string, string][] =>
            r.status !== 'ACTIVE' ? [[r.id, 'the group is not active']] : [],
          ),
        );
      },
    },
  ];

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const groups = await manager.query<GroupRow[]>(
      `SELECT g.id, g.name, g.status, g.programme_id, p.name AS programme_name, p.reply_to,
              p.time_zone, g.updated_at,
              (SELECT max(r.starts_at) FROM peer_round r
                WHERE r.group_id = g.id AND r.status = 'PLANNED') AS last_start
         FROM peer_group g JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
        WHERE g.id = ANY($1::uuid[])`,
      [ids],
    );
    const managers = await PersonDirectory.withRole(manager, Role.PROGRAM_MANAGER);
    return groups.map((g): ReminderEvent => {
      const from = g.last_start ?? g.updated_at;
      const date = localDateOf(from, g.time_zone);
      const time = new Intl.DateTimeFormat('en-GB', {
        timeZone: g.time_zone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(from);
      return {
        kind: PEER_GROUP_EVENT_KIND,
        id: g.id,
        programmeId: g.programme_id,
        programmeName: g.programme_name,
        replyTo: g.reply_to,
        webPath: `/runden/gruppen/${g.id}`,
        cohortId: null,
        scopeId: g.id,
        title: g.name,
        description: null,
        // An ENDED group's nudges are called off (a group is no date: nobody gets a cancellation).
        state:
          g.status === 'ACTIVE' ? 'SCHEDULED' : g.status === 'ENDED' ? 'CANCELLED' : 'UNPUBLISHED',
        timeZone: g.time_zone,
        days: [{ date, startTime: time, endTime: time }],
        start: { date, time },
        end: { date, time },
        startsAt: from,
        endsAt: from,
        sequence: 0,
        placeName: null,
        placeAddress: null,
        onlineUrl: null,
        cancellationReason: null,
        history: [],
        previous: null,
        recipients: { PROGRAM_MANAGERS: managers },
      };
    });
  }

  /** Active groups of the programmes, cohorts or groups. */
  async upcoming(manager: EntityManager, scope: ReminderScope): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT g.id FROM peer_group g
        WHERE g.status = 'ACTIVE'
          AND (g.programme_id = ANY($1::uuid[]) OR g.id = ANY($2::uuid[])
               OR EXISTS (SELECT 1 FROM peer_group_cohort c WHERE c.group_id = g.id
                            AND c.cohort_id = ANY($3::uuid[])))
        ORDER BY g.id`,
      [scope.programmeIds ?? [], scope.scopeIds ?? [], scope.cohortIds ?? []],
    );
    return rows.map((r) => r.id);
  }

  /** A group is no date in anyone's calendar. */
  takingPart(): Promise<string[]> {
    return Promise.resolve([]);
  }
}
