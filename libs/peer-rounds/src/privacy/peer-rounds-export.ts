import { cohortsSql } from '@zyklus/cohorts';
import { PersonalDataExportPart } from '@zyklus/common';
import { EntityManager } from 'typeorm';

interface MembershipRow {
  group_name: string;
  method: string;
  group_status: string;
  from_date: string;
  to_date: string | null;
  end_reason: string | null;
}

interface RoundRow {
  group_name: string;
  date: string;
  starts_at: Date;
  ends_at: Date;
  status: string;
  format: string;
  roles: string[];
  rsvp: string | null;
  attended: boolean;
}

interface CaseRow {
  group_name: string;
  title: string;
  key_question: string;
  text: string | null;
  status: string;
  created_at: Date;
  round_starts_at: Date | null;
}

interface WrittenRow {
  group_name: string;
  round_starts_at: Date;
  text: string | null;
  at: Date;
  rating?: number;
}

/** The round (`r`) and group (`g`) of a row `x` that has a `round_id`. */
const ROUND_OF = `JOIN peer_round r ON r.id = x.round_id JOIN peer_group g ON g.id = r.group_id`;

/**
 * A person's peer rounds as plain data: their memberships; the rounds of their groups on their
 * days as a member, and any other round they have a role, an answer or attendance in; and what
 * they wrote themselves (their cases, the minutes they last wrote, their feedback). Other
 * members' names, cases, minutes and reflections are never read here.
 */
export async function exportPeerRounds(
  manager: EntityManager,
  personId: string,
): Promise<PersonalDataExportPart> {
  const memberships = await manager.query<MembershipRow[]>(
    `SELECT g.name AS group_name, g.method, g.status AS group_status, m.from_date::text,
            m.to_date::text, m.end_reason
       FROM peer_group_member m JOIN peer_group g ON g.id = m.group_id
      WHERE m.person_id = $1 ORDER BY m.from_date, g.name, m.id`,
    [personId],
  );
  const rounds = await manager.query<RoundRow[]>(
    `SELECT g.name AS group_name, (r.starts_at AT TIME ZONE p.time_zone)::date::text AS date,
            r.starts_at, r.ends_at, r.status, r.format,
            ARRAY(SELECT x.role::text FROM peer_round_role x
                   WHERE x.round_id = r.id AND x.person_id = $1 ORDER BY x.role) AS roles,
            (SELECT x.answer FROM peer_round_rsvp x
              WHERE x.round_id = r.id AND x.person_id = $1) AS rsvp,
            EXISTS (SELECT 1 FROM peer_round_attendance x
                     WHERE x.round_id = r.id AND x.person_id = $1) AS attended
       FROM peer_round r JOIN peer_group g ON g.id = r.group_id
       JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
      WHERE EXISTS (SELECT 1 FROM peer_group_member m
                     WHERE m.group_id = r.group_id AND m.person_id = $1
                       AND m.from_date <= (r.starts_at AT TIME ZONE p.time_zone)::date
                       AND (m.to_date IS NULL
                            OR m.to_date >= (r.starts_at AT TIME ZONE p.time_zone)::date))
         OR EXISTS (SELECT 1 FROM peer_round_role x WHERE x.round_id = r.id AND x.person_id = $1)
         OR EXISTS (SELECT 1 FROM peer_round_rsvp x WHERE x.round_id = r.id AND x.person_id = $1)
         OR EXISTS (SELECT 1 FROM peer_round_attendance x
                     WHERE x.round_id = r.id AND x.person_id = $1)
      ORDER BY r.starts_at, r.id`,
    [personId],
  );
  const cases = await manager.query<CaseRow[]>(
    `SELECT g.name AS group_name, c.title, c.key_question, c.text, c.status, c.created_at,
            r.starts_at AS round_starts_at
       FROM peer_case c JOIN peer_group g ON g.id = c.group_id
       LEFT JOIN peer_round r ON r.id = c.round_id
      WHERE c.proposer_id = $1 ORDER BY c.created_at, c.id`,
    [personId],
  );
  const minutes = await manager.query<WrittenRow[]>(
    `SELECT g.name AS group_name, r.starts_at AS round_starts_at, x.text, x.updated_at AS at
       FROM peer_round_minutes x ${ROUND_OF}
      WHERE x.written_by_id = $1 ORDER BY r.starts_at, r.id`,
    [personId],
  );
  const feedback = await manager.query<WrittenRow[]>(
    `SELECT g.name AS group_name, r.starts_at AS round_starts_at, x.rating, x.reflection AS text,
            x.created_at AS at
       FROM peer_round_feedback x ${ROUND_OF}
      WHERE x.person_id = $1 ORDER BY r.starts_at, r.id`,
    [personId],
  );

  const membershipRows = memberships.map((m) => ({
    group: m.group_name,
    method: m.method,
    groupStatus: m.group_status,
    fromDate: m.from_date,
    toDate: m.to_date,
    endReason: m.end_reason,
  }));
  const roundRows = rounds.map((r) => ({
    group: r.group_name,
    date: r.date,
    startsAt: r.starts_at.toISOString(),
    endsAt: r.ends_at.toISOString(),
    status: r.status,
    format: r.format,
    yourRoles: r.roles,
    yourAnswer: r.rsvp,
    // Attendance is recorded for held rounds only.
    youAttended: r.status === 'HELD' ? r.attended : null,
  }));
  return {
    data: {
      memberships: membershipRows,
      rounds: roundRows,
      yourCases: cases.map((c) => ({
        group: c.group_name,
        title: c.title,
        keyQuestion: c.key_question,
        text: c.text,
        status: c.status,
        proposedAt: c.created_at.toISOString(),
        roundStartsAt: c.round_starts_at?.toISOString() ?? null,
      })),
      minutesYouWrote: minutes.map((m) => ({
        group: m.group_name,
        roundStartsAt: m.round_starts_at.toISOString(),
        text: m.text,
        updatedAt: m.at.toISOString(),
      })),
      yourFeedback: feedback.map((f) => ({
        group: f.group_name,
        roundStartsAt: f.round_starts_at.toISOString(),
        rating: f.rating ?? null,
        reflection: f.text,
        givenAt: f.at.toISOString(),
      })),
    },
    tables: [
      {
        name: 'memberships',
        description: {
          de: 'Ihre Mitgliedschaften in Kollegialen Runden: Gruppe, erster und letzter Tag.',
          en: 'Your peer-group memberships: group, first and last day.',
        },
        rows: membershipRows,
      },
      {
        name: 'rounds',
        description: {
          de: 'Die Runden Ihrer Gruppen: Datum, Status, Ihre Rollen, Ihre Zusage, Ihre Anwesenheit.',
          en: 'The rounds of your groups: date, status, your roles, your answer, your attendance.',
        },
        rows: roundRows.map((r) => ({ ...r, yourRoles: r.yourRoles.join(' ') })),
      },
    ],
  };
}
