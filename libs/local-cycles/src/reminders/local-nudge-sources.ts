import { identitySql } from '@zyklus/identity';
import { cohortsSql } from '@zyklus/cohorts';
import { Injectable } from '@nestjs/common';
import { localDateOf, zonedInstant } from '@zyklus/common';
import {
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventSource,
  ReminderKind,
  ReminderNudgeSpec,
  ReminderScope,
} from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import {
  COORDINATOR,
  LOCAL_CYCLE_START,
  LocalCycleStartReminderEvent,
  localMail,
  LocalNudge,
  PROGRAM_MANAGERS,
  SELF_ANALYSIS_PHASE,
  SelfAnalysisPhaseReminderEvent,
} from './local-reminder-kinds';

interface SubjectRow {
  id: string;
  title: string;
  cohort_id: string;
  programme_id: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  web_path: string;
  /** The moment the subject starts from, as an instant or a date (at 09:00). */
  starts_at: Date | null;
  start_date: string | null;
  scheduled: boolean;
  coordinators: string[] | null;
}

/** A subject of nudges as a one-moment "event" at its start, for the generic reminders. */
function subject(kind: string, row: SubjectRow, managers: readonly string[]): ReminderEvent {
  // A moment in time starts at the next full minute: the reminders plan in wall-clock minutes,
  // and a subject that "began" before its nudge was planned would never be nudged.
  const moment = row.starts_at
    ? new Date(Math.floor(row.starts_at.getTime() / 60_000) * 60_000 + 60_000)
    : null;
  const date = row.start_date ?? localDateOf(moment!, row.time_zone);
  const time = row.start_date ? '09:00' : timeOf(moment!, row.time_zone);
  const at = zonedInstant(date, time, row.time_zone);
  return {
    kind,
    id: row.id,
    programmeId: row.programme_id,
    programmeName: row.programme_name,
    replyTo: row.reply_to,
    webPath: row.web_path,
    cohortId: row.cohort_id,
    scopeId: null,
    title: row.title,
    description: null,
    state: row.scheduled ? 'SCHEDULED' : 'OVER',
    timeZone: row.time_zone,
    days: [{ date, startTime: time, endTime: time }],
    start: { date, time },
    end: { date, time },
    startsAt: at,
    endsAt: at,
    sequence: 0,
    placeName: null,
    placeAddress: null,
    onlineUrl: null,
    cancellationReason: null,
    history: [],
    previous: null,
    recipients: {
      [COORDINATOR.name]: row.coordinators ?? [],
      [PROGRAM_MANAGERS.name]: [...managers],
    },
  };
}

const timeOf = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(instant);

const managersOf = async (manager: EntityManager) =>
  (
    await manager.query<{ id: string }[]>(
      `SELECT id FROM ${identitySql.people} x WHERE roles && ARRAY['PROGRAM_MANAGER']::varchar[] ORDER BY id`,
    )
  ).map((m) => m.id);

const nudgeOnly = (mail: string) => ({
  [ReminderKind.REMINDER]: localMail(mail),
  [ReminderKind.CHANGE_NOTICE]: localMail(mail),
  [ReminderKind.CANCELLATION]: localMail(mail),
  [ReminderKind.PERSONAL_CANCELLATION]: localMail(mail),
});

/** Subject audiences: no calendar, no cancellation notices. */
const quiet = [
  { ...COORDINATOR, toldOfCancellation: false },
  { ...PROGRAM_MANAGERS, toldOfCancellation: false },
];

/**
 * "No local cycle planned n weeks after the kick-off": a rule with template NUDGE on
 * LOCAL_CYCLE_START, anchor START (the cohort's first day), e.g. +56 days to the coordinator and
 * +84 days to the program managers; skipped once the network has a local cycle.
 */
export const NO_LOCAL_CYCLE: ReminderNudgeSpec = {
  name: LocalNudge.NO_LOCAL_CYCLE,
  description:
    'Kein Workshop-Zyklus vor Ort geplant: no local cycle planned since the kick-off; skipped once one is.',
  mail: localMail('no-local-cycle'),
  audiences: [COORDINATOR.name, PROGRAM_MANAGERS.name],
  async settled(manager, ids) {
    const rows = await manager.query<{ id: string; planned: boolean }[]>(
      `SELECT p.id, EXISTS (SELECT 1 FROM local_cycle l WHERE l.participation_id = p.id) AS planned
         FROM ${cohortsSql.participations} p WHERE p.id = ANY($1::uuid[])
          AND (p.status NOT IN ('ENROLLED', 'ACTIVE')
               OR EXISTS (SELECT 1 FROM local_cycle l WHERE l.participation_id = p.id))`,
      [ids],
    );
    return new Map(
      rows.map((r) => [r.id, r.planned ? 'local cycle planned' : 'network no longer taking part']),
    );
  },
};

@Injectable()
@ReminderEventAdapter()
export class LocalCycleStartSource implements ReminderEventSource {
  readonly kind = LOCAL_CYCLE_START;
  readonly description =
    'A network’s participation from the cohort’s first day: the subject of “no local cycle planned yet”.';
  readonly audiences = quiet;
  readonly mails = nudgeOnly('no-local-cycle');
  readonly nudges = [NO_LOCAL_CYCLE];
  readonly graphqlType = LocalCycleStartReminderEvent;

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const rows = await manager.query<SubjectRow[]>(
      `SELECT p.id, n.name AS title, p.cohort_id, c.programme_id, g.name AS programme_name,
              g.reply_to, g.time_zone, '/local-cycle' AS web_path, NULL AS starts_at,
              to_char(c.start_date, 'YYYY-MM-DD') AS start_date,
              p.status IN ('ENROLLED', 'ACTIVE') AND c.status <> 'CANCELLED' AS scheduled,
              (SELECT array_agg(o.person_id ORDER BY o.person_id) FROM ${cohortsSql.coordinations} o
                WHERE o.network_id = p.network_id AND o.end_date IS NULL) AS coordinators
         FROM ${cohortsSql.participations} p JOIN ${cohortsSql.networks} n ON n.id = p.network_id
         JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
        WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    const managers = await managersOf(manager);
    return rows.map((row) => subject(LOCAL_CYCLE_START, row, managers));
  }

  /** Participations with a place and no local cycle yet, in cohorts not over. */
  async upcoming(manager: EntityManager, scope: ReminderScope): Promise<string[]> {
    if (scope.scopeIds && !scope.programmeIds && !scope.cohortIds) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT p.id FROM ${cohortsSql.participations} p JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
        WHERE p.status IN ('ENROLLED', 'ACTIVE') AND c.status IN ('PLANNED', 'RUNNING')
          AND NOT EXISTS (SELECT 1 FROM local_cycle l WHERE l.participation_id = p.id)
          AND ($1::uuid[] IS NULL OR c.programme_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR p.cohort_id = ANY($2::uuid[]))
        ORDER BY p.id`,
      [scope.programmeIds ?? null, scope.cohortIds ?? null],
    );
    return rows.map((r) => r.id);
  }

  /** Not calendar entries. */
  takingPart(): Promise<string[]> {
    return Promise.resolve([]);
  }
}

/**
 * "Same phase for 30 days while the cycle runs": a rule with template NUDGE on
 * SELF_ANALYSIS_PHASE, anchor START (when the initiative reached its phase), +30 days, to the
 * coordinator; a phase change moves the subject's start (the trigger re-plans it), and the nudge
 * is skipped when the cycle no longer runs or the initiative is no longer enrolled.
 */
export const PHASE_STALLED: ReminderNudgeSpec = {
  name: LocalNudge.PHASE_STALLED,
  description:
    'Phase unverändert: an enrolled initiative in the same self-analysis phase while the cycle runs; skipped once it moves on.',
  mail: localMail('phase-stalled'),
  audiences: [COORDINATOR.name],
  async settled(manager, ids) {
    const rows = await manager.query<{ id: string; reason: string }[]>(
      `SELECT e.id,
              CASE WHEN l.status <> 'RUNNING' THEN 'local cycle not running'
                   WHEN e.status <> 'ENROLLED' THEN 'initiative no longer enrolled'
                   ELSE 'self-analysis complete' END AS reason
         FROM local_enrolment e JOIN local_cycle l ON l.id = e.local_cycle_id
        WHERE e.id = ANY($1::uuid[])
          AND (l.status <> 'RUNNING' OR e.status <> 'ENROLLED' OR e.phase = 'IMPROVEMENT_PLANNED')`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.reason]));
  },
};

@Injectable()
@ReminderEventAdapter()
export class SelfAnalysisPhaseSource implements ReminderEventSource {
  readonly kind = SELF_ANALYSIS_PHASE;
  readonly description =
    'An enrolled initiative’s current self-analysis phase, from when it was reached.';
  readonly audiences = quiet;
  readonly mails = nudgeOnly('phase-stalled');
  readonly nudges = [PHASE_STALLED];
  readonly graphqlType = SelfAnalysisPhaseReminderEvent;

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const rows = await manager.query<SubjectRow[]>(
      `SELECT e.id, i.name AS title, p.cohort_id, c.programme_id, g.name AS programme_name,
              g.reply_to, g.time_zone, '/local-cycle/' || l.id AS web_path,
              e.phase_since AS starts_at, NULL AS start_date,
              l.status = 'RUNNING' AND e.status = 'ENROLLED' AS scheduled,
              (SELECT array_agg(o.person_id ORDER BY o.person_id) FROM ${cohortsSql.coordinations} o
                WHERE o.network_id = p.network_id AND o.end_date IS NULL) AS coordinators
         FROM local_enrolment e JOIN initiative i ON i.id = e.initiative_id
         JOIN local_cycle l ON l.id = e.local_cycle_id
         JOIN ${cohortsSql.participations} p ON p.id = l.participation_id
         JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
        WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
    const managers = await managersOf(manager);
    return rows.map((row) => subject(SELF_ANALYSIS_PHASE, row, managers));
  }

  /** Enrolled initiatives of running cycles, short of the last phase. */
  async upcoming(manager: EntityManager, scope: ReminderScope): Promise<string[]> {
    if (scope.scopeIds && !scope.programmeIds && !scope.cohortIds) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT e.id FROM local_enrolment e JOIN local_cycle l ON l.id = e.local_cycle_id
         JOIN ${cohortsSql.participations} p ON p.id = l.participation_id JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
        WHERE l.status = 'RUNNING' AND e.status = 'ENROLLED' AND e.phase <> 'IMPROVEMENT_PLANNED'
          AND ($1::uuid[] IS NULL OR c.programme_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR p.cohort_id = ANY($2::uuid[]))
        ORDER BY e.id`,
      [scope.programmeIds ?? null, scope.cohortIds ?? null],
    );
    return rows.map((r) => r.id);
  }

  takingPart(): Promise<string[]> {
    return Promise.resolve([]);
  }
}
