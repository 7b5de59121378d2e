import { cohortsSql } from '@zyklus/cohorts';
import {
  ErasureAction,
  ErasureStep,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
} from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { PeerCaseEntity } from '../case/peer-case.entity';
import { PeerFeedbackEntity } from '../feedback/peer-feedback.entity';
import { PeerGroupMemberEntity } from '../group/peer-group.entity';
import { PeerMinutesEntity } from '../minutes/peer-minutes.entity';
import { PeerRoundHooks } from '../round/peer-round-hooks';
import {
  PeerRoundAttendanceEntity,
  PeerRoundRoleEntity,
  PeerRoundRsvpEntity,
} from '../round/peer-round.entity';
import { exportPeerRounds } from './peer-rounds-export';
import { CASE_HAS_TEXTS, PEER_ROUNDS_RETENTION, REMOVE_CASE_TEXTS } from './peer-rounds-retention';

/** The reason a membership of an erased person ends with. */
export const PERSON_ERASED = 'person erased';

/** The person's memberships that are open or end after today (the programme's day). */
const OPEN_MEMBERSHIPS = `
  SELECT m.id, m.group_id, m.from_date > (($2::timestamptz) AT TIME ZONE p.time_zone)::date AS future,
         (($2::timestamptz) AT TIME ZONE p.time_zone)::date AS today
    FROM peer_group_member m JOIN peer_group g ON g.id = m.group_id
    JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
   WHERE m.person_id = $1
     AND (m.to_date IS NULL OR m.to_date > (($2::timestamptz) AT TIME ZONE p.time_zone)::date)`;

/** Roles and answers of the person in planned rounds that have not begun. */
const AHEAD = (table: string) => `
  FROM ${table} x JOIN peer_round r ON r.id = x.round_id
 WHERE x.person_id = $1 AND r.status = 'PLANNED' AND r.starts_at > $2`;

interface Counts {
  memberships: number;
  ahead: number;
  queued: number;
  cases: number;
  minutes: number;
  reflections: number;
  kept: number;
}

/**
 * The peer rounds' personal data (DESIGN §6, §8): a person's memberships, the rounds of their
 * groups on their days as a member (date, status, their roles, answer and attendance) and what
 * they wrote themselves: their cases, the minutes they wrote, their feedback. Other members' cases
 * and minutes are the group's alone and never leave in someone else's export. Erasing ends their
 * memberships today ("person erased"), takes them out of rounds not yet begun, withdraws their
 * open cases and removes every text they wrote (case texts, minutes, reflections); past roles,
 * answers, attendance, ratings and the case rows stay for the group's counts.
 */
@PersonalDataContext()
export class PeerRoundsPersonalData implements PersonalDataContextProvider {
  readonly context = 'peer-rounds';
  readonly description = {
    de: 'Ihre Kollegialen Runden: Gruppen, Termine, Ihre Rollen, Zusagen und Anwesenheit, Ihre eigenen Fälle, Protokolle und Rückmeldungen.',
    en: 'Your peer rounds: groups, dates, your roles, answers and attendance, your own cases, minutes and feedback.',
  };
  readonly covers = [
    PeerGroupMemberEntity,
    PeerRoundRoleEntity,
    PeerRoundRsvpEntity,
    PeerRoundAttendanceEntity,
    PeerCaseEntity,
    PeerMinutesEntity,
    PeerFeedbackEntity,
  ];
  readonly erasureOrder = 30;
  readonly retention = PEER_ROUNDS_RETENTION;

  constructor(private readonly hooks: PeerRoundHooks) {}

  exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    return exportPeerRounds(manager, personId);
  }

  async previewErasure({ manager, personId, now }: PersonalDataScope): Promise<ErasureStep[]> {
    const c = await this.counts(manager, personId, now);
    const step = (key: string, action: ErasureAction, count: number, de: string, en: string) => ({
      key,
      label: { de, en },
      action,
      count,
    });
    return [
      step(
        'memberships',
        ErasureAction.END,
        c.memberships,
        'Mitgliedschaften in Kollegialen Runden enden heute („person erased“)',
        'Peer-group memberships end today ("person erased")',
      ),
      step(
        'upcoming-rounds',
        ErasureAction.REMOVE,
        c.ahead,
        'Rollen und Zusagen in kommenden Runden',
        'Roles and answers in rounds to come',
      ),
      step(
        'open-cases',
        ErasureAction.END,
        c.queued,
        'Offene Fälle werden zurückgezogen',
        'Open cases are withdrawn',
      ),
      step(
        'case-texts',
        ErasureAction.ANONYMISE,
        c.cases,
        'Fälle: Titel, Schlüsselfrage und Text werden entfernt',
        'Cases: the title, key question and text are removed',
      ),
      step(
        'minutes',
        ErasureAction.REMOVE,
        c.minutes,
        'Protokolle, die Sie geschrieben haben',
        'Minutes you wrote',
      ),
      step(
        'feedback',
        ErasureAction.ANONYMISE,
        c.reflections,
        'Rückmeldungen: die Reflexion wird entfernt, die Bewertung bleibt',
        'Feedback: the reflection is removed, the rating stays',
      ),
      step(
        'round-history',
        ErasureAction.KEEP_AS_COUNT,
        c.kept,
        'Rollen, Zusagen und Anwesenheit vergangener Runden bleiben für die Zählung',
        'Roles, answers and attendance of past rounds stay for the counts',
      ),
    ];
  }

  async erasePerson({ manager, personId, now }: PersonalDataScope): Promise<void> {
    const groups = new Set<string>();
    const open = await manager.query<{ id: string; group_id: string; future: boolean }[]>(
      `${OPEN_MEMBERSHIPS} FOR UPDATE OF m`,
      [personId, now],
    );
    for (const row of open) {
      groups.add(row.group_id);
      // A membership that has not begun never was: it goes; the others end today.
      await manager.query(
        row.future
          ? `DELETE FROM peer_group_member WHERE id = $1`
          : `UPDATE peer_group_member m SET to_date = (($2::timestamptz) AT TIME ZONE p.time_zone)::date,
                    end_reason = $3
               FROM peer_group g JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
              WHERE m.id = $1 AND g.id = m.group_id`,
        row.future ? [row.id] : [row.id, now, PERSON_ERASED],
      );
    }
    for (const table of ['peer_round_role', 'peer_round_rsvp']) {
      const gone = await manager.query<{ group_id: string }[]>(
        `WITH gone AS (DELETE FROM ${table} d USING peer_round r
                        WHERE d.round_id = r.id AND d.person_id = $1
                          AND r.status = 'PLANNED' AND r.starts_at > $2
                        RETURNING r.group_id)
         SELECT DISTINCT group_id FROM gone`,
        [personId, now],
      );
      gone.forEach((g) => groups.add(g.group_id));
    }
    const withdrawn = await manager.query<{ group_id: string }[]>(
      `UPDATE peer_case SET status = 'WITHDRAWN', round_id = NULL, updated_at = $2
        WHERE proposer_id = $1 AND status IN ('QUEUED', 'SCHEDULED') RETURNING group_id`,
      [personId, now],
    );
    withdrawn.forEach((g) => groups.add(g.group_id));
    await manager.query(`UPDATE peer_case c SET ${REMOVE_CASE_TEXTS} WHERE c.proposer_id = $1`, [
      personId,
    ]);
    await manager.delete(PeerMinutesEntity, { writtenById: personId });
    await manager.update(PeerFeedbackEntity, { personId }, { reflection: null });
    // The reminders follow: who is a recipient, who holds a role, which cases are scheduled.
    for (const groupId of [...groups].sort()) {
      const rounds = await manager.query<{ id: string }[]>(
        `SELECT id FROM peer_round WHERE group_id = $1 AND status = 'PLANNED' ORDER BY id`,
        [groupId],
      );
      await this.hooks.notify({
        change: 'MEMBERS',
        groupId,
        roundIds: rounds.map((r) => r.id),
        manager,
      });
    }
  }

  private async counts(manager: EntityManager, personId: string, now: Date): Promise<Counts> {
    const [row] = await manager.query<Counts[]>(
      `SELECT (SELECT count(*) FROM (${OPEN_MEMBERSHIPS}) o)::int AS memberships,
              ((SELECT count(*) ${AHEAD('peer_round_role')})
                + (SELECT count(*) ${AHEAD('peer_round_rsvp')}))::int AS ahead,
              (SELECT count(*) FROM peer_case c WHERE c.proposer_id = $1
                  AND c.status IN ('QUEUED', 'SCHEDULED'))::int AS queued,
              (SELECT count(*) FROM peer_case c WHERE c.proposer_id = $1
                  AND ${CASE_HAS_TEXTS})::int AS cases,
              (SELECT count(*) FROM peer_round_minutes WHERE written_by_id = $1)::int AS minutes,
              (SELECT count(*) FROM peer_round_feedback WHERE person_id = $1
                  AND reflection IS NOT NULL)::int AS reflections,
              ((SELECT count(*) FROM peer_round_role x JOIN peer_round r ON r.id = x.round_id
                 WHERE x.person_id = $1 AND NOT (r.status = 'PLANNED' AND r.starts_at > $2))
                + (SELECT count(*) FROM peer_round_rsvp x JOIN peer_round r ON r.id = x.round_id
                 WHERE x.person_id = $1 AND NOT (r.status = 'PLANNED' AND r.starts_at > $2))
                + (SELECT count(*) FROM peer_round_attendance WHERE person_id = $1))::int AS kept`,
      [personId, now],
    );
    return row!;
  }
}
