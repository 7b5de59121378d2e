import { cohortsSql } from '@zyklus/cohorts';
import { identitySql } from '@zyklus/identity';
import {
  cutoffSql,
  ErasureAction,
  ErasureStep,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionRule,
  RetentionScope,
} from '@zyklus/common';
import { BuddyFeedbackEntity } from '../feedback/buddy-feedback.entity';
import { BuddyGoalEntity } from '../goal/buddy-goal.entity';
import { BuddyWishEntity } from '../matching/buddy-wish.entity';
import { BuddyPairingEntity } from '../pairing/buddy-pairing.entity';
import { BuddyProblemReportEntity } from '../problem/buddy-problem-report.entity';
import { BuddyProfileEntity } from '../profile/buddy-profile.entity';
import { BuddySessionEntity } from '../session/buddy-session.entity';

const ERASED = '(gelöscht)';
const PAIRS = `(bp.new_coordinator_id = $1 OR bp.buddy_id = $1)`;

/** Buddy session notes go 12 months after their pairing ended (DESIGN §6). */
const SESSION_NOTES: RetentionRule = {
  dataClass: 'BUDDY_SESSION_NOTES',
  label: { de: 'Notizen zu Buddy-Treffen', en: 'Buddy session notes' },
  from: { de: 'nach dem Ende des Buddy-Tandems', en: 'after the buddy pairing ended' },
  defaultDays: 365,
  perProgramme: true,
  action: ErasureAction.ANONYMISE,
  async enforce({ manager, cutoffs, dryRun }: RetentionScope): Promise<number> {
    const params: unknown[] = [];
    const cutoff = cutoffSql(cutoffs, 'c.programme_id', params);
    const due = `FROM buddy_session s
        JOIN buddy_pairing bp ON bp.id = s.pairing_id
        JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
       WHERE s.notes IS NOT NULL
         AND bp.status IN ('ENDED', 'DECLINED', 'WITHDRAWN')
         AND COALESCE(bp.ended_at, bp.declined_at, bp.withdrawn_at) < ${cutoff}`;
    if (dryRun) {
      const [row] = await manager.query<{ n: number }[]>(
        `SELECT count(*)::int AS n ${due}`,
        params,
      );
      return row!.n;
    }
    const [, count] = await manager.query<[unknown[], number]>(
      `UPDATE buddy_session SET notes = NULL, notes_by_id = NULL
        WHERE id IN (SELECT s.id ${due})`,
      params,
    );
    return count;
  },
};

/**
 * The buddy programme's part of a person's data (DESIGN §6): their buddy profile and wishes,
 * their pairings (the other one by name), the sessions of those pairings with the notes they
 * wrote themselves (never the other one's), the goals, feedback and problem reports they wrote.
 * Erasing ends their open pairings ("person erased"), removes their profile, wishes and notes,
 * and anonymises the texts they wrote; ratings and counts stay.
 */
@PersonalDataContext()
export class BuddiesPersonalData implements PersonalDataContextProvider {
  readonly context = 'buddies';
  readonly description = {
    de: 'Buddy-Programm: Buddy-Profil, Wünsche, Buddy-Tandems, Treffen mit den eigenen Notizen, Ziele, Rückmeldungen und Problemmeldungen.',
    en: 'Buddy programme: buddy profile, wishes, pairings, sessions with one’s own notes, goals, feedback and problem reports.',
  };
  readonly covers = [
    BuddyProfileEntity,
    BuddyWishEntity,
    BuddyPairingEntity,
    BuddySessionEntity,
    BuddyGoalEntity,
    BuddyFeedbackEntity,
    BuddyProblemReportEntity,
  ];
  readonly erasureOrder = 40;
  readonly retention = [SESSION_NOTES];

  async exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    const q = <T>(sql: string) => manager.query<T[]>(sql, [personId]);
    const [profile] = await q<Record<string, unknown>>(
      `SELECT capacity, topics, bundeslaender, languages, updated_at FROM buddy_profile WHERE person_id = $1`,
    );
    const wishes = await q(`SELECT cohort_id, topics FROM buddy_wish WHERE person_id = $1`);
    const pairings = await q<Record<string, string | number | null>>(
      `SELECT bp.id, c.title AS cohort, bp.status,
              CASE WHEN bp.buddy_id = $1 THEN 'BUDDY' ELSE 'NEW_COORDINATOR' END AS side,
              CASE WHEN bp.buddy_id = $1 THEN nc.name ELSE bu.name END AS other,
              bp.proposed_at, bp.activated_at, bp.ended_at, bp.end_reason,
              CASE WHEN bp.declined_by_id = $1 THEN bp.decline_reason END AS my_decline_reason,
              CASE WHEN bp.ended_by_id = $1 THEN bp.end_note END AS my_end_note
         FROM buddy_pairing bp JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
         JOIN ${identitySql.people} nc ON nc.id = bp.new_coordinator_id JOIN ${identitySql.people} bu ON bu.id = bp.buddy_id
        WHERE ${PAIRS} ORDER BY bp.proposed_at`,
    );
    const sessions = await q<Record<string, string | null>>(
      `SELECT s.pairing_id, s.starts_at, s.ends_at, s.format, s.status,
              CASE WHEN s.planned_by_id = $1 THEN s.topic END AS my_topic,
              CASE WHEN s.notes_by_id = $1 THEN s.notes END AS my_notes
         FROM buddy_session s JOIN buddy_pairing bp ON bp.id = s.pairing_id
        WHERE ${PAIRS} ORDER BY s.starts_at`,
    );
    const goals = await q(
      `SELECT pairing_id, text, status, done_at FROM buddy_goal WHERE created_by_id = $1 ORDER BY created_at`,
    );
    const feedback = await q(
      `SELECT pairing_id, rating, text, created_at FROM buddy_feedback WHERE person_id = $1`,
    );
    const reports = await q(
      `SELECT pairing_id, text, wants_end, created_at, resolved_at FROM buddy_problem_report
        WHERE reported_by_id = $1 ORDER BY created_at`,
    );
    return {
      data: { profile: profile ?? null, wishes, pairings, sessions, goals, feedback, reports },
      tables: [
        {
          name: 'buddy-tandems',
          description: { de: 'Ihre Buddy-Tandems', en: 'Your buddy pairings' },
          rows: pairings.map((p) => ({
            cohort: p.cohort ?? null,
            side: p.side ?? null,
            other: p.other ?? null,
            status: p.status ?? null,
          })),
        },
      ],
    };
  }

  async previewErasure({ manager, personId }: PersonalDataScope): Promise<ErasureStep[]> {
    const count = async (sql: string) =>
      (await manager.query<{ n: number }[]>(`SELECT count(*)::int AS n ${sql}`, [personId]))[0]!.n;
    return [
      {
        key: 'buddies.profile',
        label: { de: 'Buddy-Profil und Wünsche', en: 'Buddy profile and wishes' },
        action: ErasureAction.REMOVE,
        count:
          (await count(`FROM buddy_profile WHERE person_id = $1`)) +
          (await count(`FROM buddy_wish WHERE person_id = $1`)),
      },
      {
        key: 'buddies.open-pairings',
        label: { de: 'Offene Buddy-Tandems', en: 'Open buddy pairings' },
        action: ErasureAction.END,
        count: await count(
          `FROM buddy_pairing bp WHERE ${PAIRS} AND bp.status IN ('PROPOSED', 'ACTIVE', 'PAUSED')`,
        ),
      },
      {
        key: 'buddies.notes',
        label: { de: 'Eigene Notizen zu Buddy-Treffen', en: 'Own buddy session notes' },
        action: ErasureAction.REMOVE,
        count: await count(`FROM buddy_session WHERE notes_by_id = $1`),
      },
      {
        key: 'buddies.texts',
        label: {
          de: 'Eigene Ziele, Rückmeldungen und Problemmeldungen (Texte)',
          en: 'Own goals, feedback and problem reports (texts)',
        },
        action: ErasureAction.ANONYMISE,
        count:
          (await count(`FROM buddy_goal WHERE created_by_id = $1`)) +
          (await count(`FROM buddy_feedback WHERE person_id = $1 AND text IS NOT NULL`)) +
          (await count(`FROM buddy_problem_report WHERE reported_by_id = $1`)),
      },
      {
        key: 'buddies.history',
        label: { de: 'Buddy-Tandems und Treffen (Verlauf)', en: 'Pairings and sessions (history)' },
        action: ErasureAction.KEEP_AS_COUNT,
        count: await count(`FROM buddy_pairing bp WHERE ${PAIRS}`),
      },
    ];
  }

  async erasePerson({ manager, personId, now }: PersonalDataScope): Promise<void> {
    const run = (sql: string, params: unknown[] = [personId]) => manager.query(sql, params);
    await run(`DELETE FROM buddy_profile WHERE person_id = $1`);
    await run(`DELETE FROM buddy_wish WHERE person_id = $1`);
    await run(
      `UPDATE buddy_pairing bp SET status = 'ENDED', paused_until = NULL, ended_at = $2,
              end_reason = 'OTHER', end_note = 'person erased', ended_by_id = NULL, updated_at = $2
        WHERE ${PAIRS} AND bp.status IN ('ACTIVE', 'PAUSED')`,
      [personId, now],
    );
    await run(
      `UPDATE buddy_pairing bp SET status = 'WITHDRAWN', withdrawn_at = $2, updated_at = $2
        WHERE ${PAIRS} AND bp.status = 'PROPOSED'`,
      [personId, now],
    );
    await run(`UPDATE buddy_pairing SET decline_reason = '${ERASED}' WHERE declined_by_id = $1`);
    await run(`UPDATE buddy_pairing SET end_note = NULL WHERE ended_by_id = $1`);
    await run(`UPDATE buddy_session SET notes = NULL, notes_by_id = NULL WHERE notes_by_id = $1`);
    await run(`UPDATE buddy_session SET topic = NULL WHERE planned_by_id = $1`);
    await run(`UPDATE buddy_goal SET text = '${ERASED}' WHERE created_by_id = $1`);
    await run(`UPDATE buddy_feedback SET text = NULL WHERE person_id = $1`);
    await run(`UPDATE buddy_problem_report SET text = '${ERASED}' WHERE reported_by_id = $1`);
  }
}
