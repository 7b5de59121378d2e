import { Injectable } from '@nestjs/common';
import { ObjectType } from '@nestjs/graphql';
import { cohortsSql } from '@zyklus/cohorts';
import { identitySql } from '@zyklus/identity';
import { mailTemplateFolder } from '@zyklus/mail';
import {
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventNode,
  ReminderEventSource,
  ReminderKind,
  ReminderNudgeSpec,
  ReminderScope,
} from '@zyklus/reminders';
import { join } from 'node:path';
import { EntityManager } from 'typeorm';

export const BUDDY_PAIRING = 'BUDDY_PAIRING';

/** Who nudges about a pairing go to. */
export const PairingAudience = {
  UNANSWERED: 'UNANSWERED',
  PAIR: 'PAIR',
  PROGRAM_MANAGERS: 'PROGRAM_MANAGERS',
} as const;

export const BuddyNudge = {
  PROPOSAL_UNANSWERED: 'PROPOSAL_UNANSWERED',
  NO_SESSION_PLANNED: 'NO_SESSION_PLANNED',
  NO_SESSION_HELD: 'NO_SESSION_HELD',
} as const;

@ObjectType({
  implements: () => ReminderEventNode,
  description:
    'A buddy pairing as the subject of nudges: it starts when proposed (when active: when it became active) and ends with the last session held.',
})
export class BuddyPairingReminderEvent extends ReminderEventNode {}

const mail = (name: string) => mailTemplateFolder(join(__dirname, 'mail', name));

/** Pairings of these ids whose status is not `status`, with the reason in words. */
async function notIn(
  manager: EntityManager,
  ids: readonly string[],
  status: string,
  reason: Record<string, string>,
): Promise<Map<string, string>> {
  const rows = await manager.query<{ id: string; status: string }[]>(
    `SELECT id, status FROM buddy_pairing WHERE id = ANY($1::uuid[]) AND status <> $2`,
    [ids, status],
  );
  return new Map(rows.map((r) => [r.id, reason[r.status] ?? `the pairing is ${r.status}`]));
}

const ANSWERED = {
  ACTIVE: 'the proposal was accepted',
  DECLINED: 'the proposal was declined',
  WITHDRAWN: 'the proposal was withdrawn',
};
const NOT_ACTIVE = {
  PROPOSED: 'the pairing is not active yet',
  PAUSED: 'the pairing is paused',
  ENDED: 'the pairing ended',
  DECLINED: 'the proposal was declined',
  WITHDRAWN: 'the proposal was withdrawn',
};

/** A proposal nobody answered: to those of the two who have not (anchor START = proposed). */
const PROPOSAL_UNANSWERED: ReminderNudgeSpec = {
  name: BuddyNudge.PROPOSAL_UNANSWERED,
  description: 'Vorschlag unbeantwortet: the proposal is still open; to whoever has not answered.',
  mail: mail('buddy-proposal-unanswered'),
  audiences: [PairingAudience.UNANSWERED],
  settled: (manager, ids) => notIn(manager, ids, 'PROPOSED', ANSWERED),
};

/** No session planned after the pairing became active (anchor START = activated). */
const NO_SESSION_PLANNED: ReminderNudgeSpec = {
  name: BuddyNudge.NO_SESSION_PLANNED,
  description: 'Kein Treffen geplant: no session planned since the pairing became active.',
  mail: mail('buddy-no-session-planned'),
  audiences: [PairingAudience.PAIR, PairingAudience.PROGRAM_MANAGERS],
  async settled(manager, ids) {
    const settled = await notIn(manager, ids, 'ACTIVE', NOT_ACTIVE);
    const rows = await manager.query<{ pairing_id: string }[]>(
      `SELECT DISTINCT pairing_id FROM buddy_session
        WHERE pairing_id = ANY($1::uuid[]) AND status <> 'CANCELLED'`,
      [ids],
    );
    for (const row of rows) {
      if (!settled.has(row.pairing_id)) settled.set(row.pairing_id, 'a session was planned');
    }
    return settled;
  },
};

/**
 * No session held for a while (anchor END = the last session held, or activation): to the pair
 * at 45 days, to the program managers at 60 (two rules). Settled once a session has been held
 * since, which also moves the anchor (the next nudge then counts from that session).
 */
const NO_SESSION_HELD: ReminderNudgeSpec = {
  name: BuddyNudge.NO_SESSION_HELD,
  description: 'Lange kein Treffen: no session held since the last one (or since the start).',
  mail: mail('buddy-no-session-held'),
  audiences: [PairingAudience.PAIR, PairingAudience.PROGRAM_MANAGERS],
  async settled(manager, ids) {
    return notIn(manager, ids, 'ACTIVE', NOT_ACTIVE);
  },
};

interface Row {
  id: string;
  cohort_id: string;
  programme_id: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  status: string;
  starts_at: Date;
  ends_at: Date;
  horizon: Date;
  start_date: string;
  start_time: string;
  end_date: string;
  end_time: string;
  new_coordinator_id: string;
  buddy_id: string;
  new_coordinator_accepted: boolean;
  buddy_accepted: boolean;
  declined_by_id: string | null;
  activated: boolean;
  new_coordinator_name: string;
  buddy_name: string;
}

/**
 * The reminders' adapter for buddy pairings as subjects of nudges (DESIGN §5, §7): a pairing
 * "starts" when it is proposed and, once active, when it became active; it "ends" with the last
 * session held (or its start). Rules with template NUDGE and these nudges make the programme's
 * follow-ups: a proposal unanswered 7 days after (START +7, UNANSWERED), no session planned 14
 * days after the start (START +14, PAIR), no session held for 45 days (END +45, PAIR) and 60
 * days (END +60, PROGRAM_MANAGERS). Each is checked just before sending and skipped with its
 * reason when settled (a pairing that moved on keeps its nudges in the ledger until their time,
 * then they are SKIPPED with why). Pairings are no calendar entries: no feed, no .ics.
 */
@Injectable()
@ReminderEventAdapter()
export class BuddyPairingSource implements ReminderEventSource {
  readonly kind = BUDDY_PAIRING;
  readonly description = 'Buddy-Tandem: a buddy pairing, the subject of nudges.';
  readonly audiences = [
    {
      name: PairingAudience.UNANSWERED,
      description: 'Those of the two who have not answered a proposal yet.',
      attendeeRole: 'REQ-PARTICIPANT' as const,
      leftReason: 'answered the proposal',
    },
    {
      name: PairingAudience.PAIR,
      description: 'The two people of a pairing that became active.',
      attendeeRole: 'REQ-PARTICIPANT' as const,
      leftReason: 'the pairing is no longer active',
    },
    {
      name: PairingAudience.PROGRAM_MANAGERS,
      description: 'Every program manager.',
      attendeeRole: 'OPT-PARTICIPANT' as const,
      templateFlag: 'asManager',
      leftReason: 'no longer a program manager',
      fromRole: 'PROGRAM_MANAGER',
    },
  ];
  readonly mails = {
    [ReminderKind.REMINDER]: mail('buddy-no-session-held'),
    [ReminderKind.CHANGE_NOTICE]: mail('buddy-no-session-held'),
    [ReminderKind.CANCELLATION]: mail('buddy-no-session-held'),
    [ReminderKind.PERSONAL_CANCELLATION]: mail('buddy-no-session-held'),
  };
  readonly nudges = [PROPOSAL_UNANSWERED, NO_SESSION_PLANNED, NO_SESSION_HELD];
  readonly graphqlType = BuddyPairingReminderEvent;

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const rows = await manager.query<Row[]>(
      `SELECT bp.id, bp.cohort_id, c.programme_id, g.name AS programme_name, g.reply_to,
              g.time_zone, bp.status, t.starts_at, t.ends_at,
              ((c.end_date + 1)::timestamp AT TIME ZONE g.time_zone) AS horizon,
              to_char(t.starts_at AT TIME ZONE g.time_zone, 'YYYY-MM-DD') AS start_date,
              to_char(t.starts_at AT TIME ZONE g.time_zone, 'HH24:MI') AS start_time,
              to_char(t.ends_at AT TIME ZONE g.time_zone, 'YYYY-MM-DD') AS end_date,
              to_char(t.ends_at AT TIME ZONE g.time_zone, 'HH24:MI') AS end_time,
              bp.new_coordinator_id, bp.buddy_id,
              bp.new_coordinator_accepted_at IS NOT NULL AS new_coordinator_accepted,
              bp.buddy_accepted_at IS NOT NULL AS buddy_accepted,
              bp.declined_by_id, bp.activated_at IS NOT NULL AS activated,
              nc.name AS new_coordinator_name, bu.name AS buddy_name
         FROM buddy_pairing bp
         JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
         JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
         JOIN ${identitySql.people} nc ON nc.id = bp.new_coordinator_id
         JOIN ${identitySql.people} bu ON bu.id = bp.buddy_id
        CROSS JOIN LATERAL (
          SELECT COALESCE(bp.activated_at, bp.proposed_at) AS starts_at,
                 GREATEST(COALESCE(bp.activated_at, bp.proposed_at),
                          (SELECT max(s.starts_at) FROM buddy_session s
                            WHERE s.pairing_id = bp.id AND s.status = 'HELD')) AS ends_at) t
        WHERE bp.id = ANY($1::uuid[])`,
      [ids],
    );
    const managers = rows.length
      ? await manager.query<{ id: string }[]>(
          `SELECT id FROM ${identitySql.people} person WHERE roles && ARRAY['PROGRAM_MANAGER']::varchar[] ORDER BY id`,
        )
      : [];
    return rows.map((p) => {
      // Whoever has not answered yet; someone who accepted or declined has. The audiences do not
      // follow the status otherwise: a nudge whose pairing moved on stays in the ledger until its
      // time and is then SKIPPED with the reason (settled), so the ledger says why.
      const answered = (id: string, accepted: boolean) => accepted || p.declined_by_id === id;
      const unanswered = [
        ...(answered(p.new_coordinator_id, p.new_coordinator_accepted)
          ? []
          : [p.new_coordinator_id]),
        ...(answered(p.buddy_id, p.buddy_accepted) ? [] : [p.buddy_id]),
      ];
      const day = { date: p.start_date, startTime: p.start_time, endTime: p.start_time };
      return {
        kind: BUDDY_PAIRING,
        id: p.id,
        title: `${p.new_coordinator_name} & ${p.buddy_name}`,
        placeName: null,
        placeAddress: null,
        onlineUrl: null,
        programmeId: p.programme_id,
        programmeName: p.programme_name,
        replyTo: p.reply_to,
        webPath: `/tandem/${p.id}`,
        cohortId: p.cohort_id,
        scopeId: null,
        description: null,
        state: 'SCHEDULED',
        timeZone: p.time_zone,
        days: [day],
        start: { date: p.start_date, time: p.start_time },
        end: { date: p.end_date, time: p.end_time },
        // The ledger's "has the event begun" is about joining late: a pairing is a subject whose
        // nudges are planned while it runs, so it counts as begun only when its cohort is over
        // (its moments — proposed, activated, last session — are \`start\` and \`end\`).
        startsAt: p.horizon,
        endsAt: p.ends_at,
        sequence: 0,
        cancellationReason: null,
        previous: null,
        history: [],
        recipients: {
          [PairingAudience.UNANSWERED]: unanswered,
          [PairingAudience.PAIR]: p.activated ? [p.new_coordinator_id, p.buddy_id] : [],
          [PairingAudience.PROGRAM_MANAGERS]: managers.map((m) => m.id),
        },
      };
    });
  }

  async upcoming(manager: EntityManager, scope: ReminderScope): Promise<string[]> {
    if (scope.scopeIds && !scope.programmeIds && !scope.cohortIds) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT bp.id FROM buddy_pairing bp JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
        WHERE ($1::uuid[] IS NULL OR c.programme_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR bp.cohort_id = ANY($2::uuid[]))
          AND bp.status IN ('PROPOSED', 'ACTIVE', 'PAUSED')
        ORDER BY bp.id`,
      [scope.programmeIds ?? null, scope.cohortIds ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** Pairings are no calendar entries. */
  takingPart(): Promise<string[]> {
    return Promise.resolve([]);
  }
}
