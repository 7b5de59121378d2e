import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Bundesland, cohortsSql, NetworkKind } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { identitySql, PersonRow } from '@zyklus/identity';
import { personColumns, PersonColumns, personOf } from '../person-columns';
import { DataSource, EntityManager } from 'typeorm';
import { BuddyTopic } from '../buddy-enums';
import { BuddyOffer, Newcomer } from './score';

/** A new coordinator of a cohort as matching sees them. */
export interface NewcomerFacts extends Newcomer {
  person: PersonRow;
  networkName: string;
  /** Has a PROPOSED, ACTIVE or PAUSED pairing in the cohort already. */
  paired: boolean;
}

/** A buddy (an alumnus with a profile) as matching sees them. */
export interface BuddyFacts extends BuddyOffer {
  person: PersonRow;
  networkName: string | null;
  /** PROPOSED pairings waiting for answers. */
  proposed: number;
}

interface NewcomerRow extends PersonColumns<'pe'> {
  network_name: string;
  bundesland: Bundesland;
  kind: NetworkKind;
  topics: BuddyTopic[];
  paired: boolean;
}

interface BuddyRow extends PersonColumns<'pe'> {
  capacity: number;
  topics: BuddyTopic[];
  bundeslaender: Bundesland[];
  languages: string[];
  network_name: string | null;
  bundesland: Bundesland | null;
  kind: NetworkKind | null;
  load: number;
  proposed: number;
}

/** Whether the person (`pe.id`) completed a cohort that began before cohort `c`. */
export const ALUMNUS_BEFORE = `EXISTS (
  SELECT 1 FROM ${cohortsSql.participations} p2
    JOIN ${cohortsSql.cohorts} c2 ON c2.id = p2.cohort_id
    JOIN ${cohortsSql.coordinations} k2 ON k2.network_id = p2.network_id
     AND k2.start_date <= LEAST(p2.completed_on, c2.end_date)
     AND (k2.end_date IS NULL OR k2.end_date >= LEAST(p2.completed_on, c2.end_date))
   WHERE p2.status = 'COMPLETED' AND k2.person_id = pe.id
     AND c2.programme_id = c.programme_id AND c2.start_date < c.start_date)`;

/**
 * Reads what matching needs, one statement each: the new coordinators of a cohort — who
 * coordinate an enrolled or active network of it today (or on its last day) and completed no
 * earlier cohort — and the buddies for it — people with a buddy profile who completed a cohort
 * that began before it in the same programme, with the state and kind of the network they coordinated last and their
 * current load. Alumni status is derived here from participations, never stored.
 */
@Injectable()
export class MatchingFacts {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async newcomers(
    cohortId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<NewcomerFacts[]> {
    const rows = await manager.query<NewcomerRow[]>(
      `SELECT * FROM (
       SELECT DISTINCT ON (pe.id) ${personColumns('pe', 'pe')},
              n.name AS network_name, n.bundesland, n.kind,
              COALESCE(w.topics, '{}') AS topics,
              EXISTS (SELECT 1 FROM buddy_pairing bp
                       WHERE bp.cohort_id = c.id AND bp.new_coordinator_id = pe.id
                         AND bp.status IN ('PROPOSED', 'ACTIVE', 'PAUSED')) AS paired
         FROM ${cohortsSql.participations} p
         JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
         JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
        CROSS JOIN LATERAL (SELECT ($2::timestamptz AT TIME ZONE g.time_zone)::date AS today) t
         JOIN ${cohortsSql.networks} n ON n.id = p.network_id
         JOIN ${cohortsSql.coordinations} k ON k.network_id = p.network_id
          AND k.start_date <= LEAST(c.end_date, t.today)
          AND (k.end_date IS NULL OR k.end_date >= LEAST(c.end_date, t.today))
         JOIN ${identitySql.people} pe ON pe.id = k.person_id
         LEFT JOIN buddy_wish w ON w.cohort_id = c.id AND w.person_id = pe.id
        WHERE p.cohort_id = $1 AND p.status IN ('ENROLLED', 'ACTIVE')
          AND NOT ${ALUMNUS_BEFORE}
        ORDER BY pe.id, k.start_date) newcomers
       ORDER BY lower(network_name), pe_id`,
      [cohortId, this.clock.now()],
    );
    return rows.map((row) => ({
      personId: row.pe_id,
      person: personOf(row, 'pe'),
      networkName: row.network_name,
      bundesland: row.bundesland,
      networkKind: row.kind,
      language: row.pe_language,
      topics: row.topics,
      paired: row.paired,
    }));
  }

  /** Buddies for the cohort; with `personIds` only those (locked when `lock`). */
  async buddies(
    cohortId: string,
    manager: EntityManager = this.dataSource.manager,
    personIds: readonly string[] | null = null,
  ): Promise<BuddyFacts[]> {
    const rows = await manager.query<BuddyRow[]>(
      `SELECT ${personColumns('pe', 'pe')}, bp.capacity, bp.topics, bp.bundeslaender, bp.languages,
              net.name AS network_name, net.bundesland, net.kind,
              (SELECT count(*) FROM buddy_pairing x
                WHERE x.buddy_id = pe.id AND x.status IN ('ACTIVE', 'PAUSED'))::int AS load,
              (SELECT count(*) FROM buddy_pairing x
                WHERE x.buddy_id = pe.id AND x.status = 'PROPOSED')::int AS proposed
         FROM buddy_profile bp
         JOIN ${identitySql.people} pe ON pe.id = bp.person_id
         JOIN ${cohortsSql.cohorts} c ON c.id = $1
         LEFT JOIN LATERAL (
           SELECT n.name, n.bundesland, n.kind FROM ${cohortsSql.coordinations} k
             JOIN ${cohortsSql.networks} n ON n.id = k.network_id
            WHERE k.person_id = pe.id
            ORDER BY k.start_date DESC, k.id LIMIT 1) net ON true
        WHERE ${ALUMNUS_BEFORE} AND ($2::uuid[] IS NULL OR pe.id = ANY($2::uuid[]))
        ORDER BY lower(pe.name), pe.id`,
      [cohortId, personIds],
    );
    return rows.map((row) => ({
      personId: row.pe_id,
      person: personOf(row, 'pe'),
      networkName: row.network_name,
      bundesland: row.bundesland,
      networkKind: row.kind,
      travelsTo: row.bundeslaender,
      languages: row.languages,
      topics: row.topics,
      capacity: row.capacity,
      load: row.load,
      proposed: row.proposed,
    }));
  }
}
