import { ParticipationStatus } from '../participation/participation-status';

/**
 * The cohorts context's tables as other contexts' SQL may read them: the only way their SQL
 * reaches `programme`, `cohort`, `network`, `coordination` and `participation` (README "Layout";
 * `table-ownership.spec.ts` enforces it). Each relation is a parenthesised SELECT with stable
 * column names, used after FROM or JOIN with an alias; the functions take SQL expressions of the
 * caller's query and are joined LATERAL. PostgreSQL folds these subqueries into the caller's
 * statement: no extra statement, the same plan as naming the tables. When a table changes, these
 * keep their columns.
 */

/** A coordination (alias `k`) running on `day`, both ends included. */
const coordinatingOn = (k: string, day: string) =>
  `${k}.start_date <= ${day} AND (${k}.end_date IS NULL OR ${k}.end_date >= ${day})`;

export const cohortsSql = {
  /** Programmes: id, name, time_zone, default_language, reply_to. */
  programmes: `(SELECT id, name, time_zone, default_language, reply_to FROM programme)`,

  /** Cohorts: id, programme_id, number, title, start_date, end_date, capacity, status. */
  cohorts: `(SELECT id, programme_id, number, title, start_date, end_date, capacity, status
               FROM cohort)`,

  /**
   * A cohort with its programme: cohort_id, programme_id, start_date, end_date, status,
   * programme_name, time_zone, reply_to.
   */
  cohortProgrammes: `(SELECT c.id AS cohort_id, c.programme_id, c.start_date, c.end_date, c.status,
                             g.name AS programme_name, g.time_zone, g.reply_to
                        FROM cohort c JOIN programme g ON g.id = c.programme_id)`,

  /** Networks: id, name, kind, bundesland, city, website. */
  networks: `(SELECT id, name, kind, bundesland, city, website FROM network)`,

  /** Who coordinates which network when: id, network_id, person_id, start_date, end_date. */
  coordinations: `(SELECT id, network_id, person_id, start_date, end_date FROM coordination)`,

  /**
   * Participations of networks in cohorts: id, cohort_id, network_id, status, completed_on,
   * withdrawn_on.
   */
  participations: `(SELECT id, cohort_id, network_id, status, completed_on, withdrawn_on
                      FROM participation)`,

  /**
   * The participants of the cohort `cohortId` on `day` (SQL expressions): the people
   * coordinating a network on that day whose participation has a place — enrolled or active, or
   * completed on or after that day. Columns participation_id, network_id, person_id; join it
   * LATERAL.
   */
  participantsOn: (cohortId: string, day: string) =>
    `(SELECT p.id AS participation_id, p.network_id, k.person_id
        FROM participation p
        JOIN coordination k ON k.network_id = p.network_id AND ${coordinatingOn('k', day)}
       WHERE p.cohort_id = ${cohortId}
         AND (p.status IN ('${ParticipationStatus.ENROLLED}', '${ParticipationStatus.ACTIVE}')
              OR (p.status = '${ParticipationStatus.COMPLETED}' AND p.completed_on >= ${day})))`,

  /**
   * Who coordinated the network of the participation `participationId` on `day` (SQL
   * expressions): network_name, person_id; join it LATERAL.
   */
  coordinatorsOn: (participationId: string, day: string) =>
    `(SELECT n.name AS network_name, k.person_id
        FROM participation p
        JOIN network n ON n.id = p.network_id
        JOIN coordination k ON k.network_id = p.network_id AND ${coordinatingOn('k', day)}
       WHERE p.id = ${participationId})`,
} as const;
