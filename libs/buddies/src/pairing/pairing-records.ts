import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cohortsSql } from '@zyklus/cohorts';
import { batchLoader, byKeys, LoaderFactory } from '@zyklus/common';
import { identitySql, PersonRow } from '@zyklus/identity';
import { personColumns, PersonColumns, personOf } from '../person-columns';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { PairingEndReason, PairingStatus } from '../buddy-enums';
import type { ScoreReason } from '../matching/score';

/**
 * A pairing with what its lists show, read in one statement and not yet redacted for any viewer
 * (PairingView does that): both people, the new coordinator's network, and the counts program
 * managers see instead of the sessions' notes.
 */
export interface PairingRecord {
  readonly id: string;
  readonly cohortId: string;
  readonly cohortNumber: number;
  readonly cohortTitle: string;
  readonly programmeName: string;
  /** The programme's time zone (IANA), in which its people read and enter times. */
  readonly timeZone: string;
  /** The programme office's address for answers. */
  readonly replyTo: string | null;
  readonly status: PairingStatus;
  readonly score: number;
  readonly reasons: ScoreReason[];
  readonly newCoordinator: PersonRow;
  readonly buddy: PersonRow;
  readonly networkName: string | null;
  readonly proposedById: string;
  readonly proposedAt: Date;
  readonly newCoordinatorAcceptedAt: Date | null;
  readonly buddyAcceptedAt: Date | null;
  readonly activatedAt: Date | null;
  readonly declinedById: string | null;
  readonly declinedAt: Date | null;
  readonly declineReason: string | null;
  readonly withdrawnAt: Date | null;
  readonly pausedUntil: string | null;
  readonly endedAt: Date | null;
  readonly endReason: PairingEndReason | null;
  readonly endNote: string | null;
  readonly sessionsHeld: number;
  readonly lastSessionHeldAt: Date | null;
  readonly openProblemReports: number;
}

/** One statement for any number of pairings: `filter` on `bp`, with its parameters. */
const RECORDS = (filter: string) => `
  SELECT bp.id, bp.cohort_id, c.number AS cohort_number, c.title AS cohort_title,
         g.name AS programme_name, g.time_zone, g.reply_to, bp.status, bp.score, bp.reasons,
         bp.proposed_by_id, bp.proposed_at, bp.new_coordinator_accepted_at, bp.buddy_accepted_at,
         bp.activated_at, bp.declined_by_id, bp.declined_at, bp.decline_reason, bp.withdrawn_at,
         bp.paused_until::text AS paused_until, bp.ended_at, bp.end_reason, bp.end_note,
         ${personColumns('nc', 'nc')}, ${personColumns('bu', 'bu')},
         (SELECT n.name FROM ${cohortsSql.participations} p
            JOIN ${cohortsSql.coordinations} k ON k.network_id = p.network_id
            JOIN ${cohortsSql.networks} n ON n.id = p.network_id
           WHERE p.cohort_id = bp.cohort_id AND k.person_id = bp.new_coordinator_id
           ORDER BY k.start_date DESC LIMIT 1) AS network_name,
         COALESCE(s.held, 0)::int AS sessions_held, s.last_held_at,
         COALESCE(r.open, 0)::int AS open_problem_reports
    FROM buddy_pairing bp
    JOIN ${cohortsSql.cohorts} c ON c.id = bp.cohort_id
    JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
    JOIN ${identitySql.people} nc ON nc.id = bp.new_coordinator_id
    JOIN ${identitySql.people} bu ON bu.id = bp.buddy_id
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE x.status = 'HELD') AS held,
             max(x.starts_at) FILTER (WHERE x.status = 'HELD') AS last_held_at
        FROM buddy_session x WHERE x.pairing_id = bp.id) s ON true
    LEFT JOIN LATERAL (
      SELECT count(*) AS open FROM buddy_problem_report y
       WHERE y.pairing_id = bp.id AND y.resolved_at IS NULL) r ON true
   WHERE ${filter}
   ORDER BY bp.proposed_at DESC, bp.id`;

type Row = PersonColumns<'nc'> &
  PersonColumns<'bu'> & {
    id: string;
    cohort_id: string;
    cohort_number: number;
    cohort_title: string;
    programme_name: string;
    time_zone: string;
    reply_to: string | null;
    status: PairingStatus;
    score: number;
    reasons: ScoreReason[];
    proposed_by_id: string;
    proposed_at: Date;
    new_coordinator_accepted_at: Date | null;
    buddy_accepted_at: Date | null;
    activated_at: Date | null;
    declined_by_id: string | null;
    declined_at: Date | null;
    decline_reason: string | null;
    withdrawn_at: Date | null;
    paused_until: string | null;
    ended_at: Date | null;
    end_reason: PairingEndReason | null;
    end_note: string | null;
    network_name: string | null;
    sessions_held: number;
    last_held_at: Date | null;
    open_problem_reports: number;
  };

function toRecord(row: Row): PairingRecord {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    cohortNumber: row.cohort_number,
    cohortTitle: row.cohort_title,
    programmeName: row.programme_name,
    timeZone: row.time_zone,
    replyTo: row.reply_to,
    status: row.status,
    score: row.score,
    reasons: row.reasons,
    newCoordinator: personOf(row, 'nc'),
    buddy: personOf(row, 'bu'),
    networkName: row.network_name,
    proposedById: row.proposed_by_id,
    proposedAt: row.proposed_at,
    newCoordinatorAcceptedAt: row.new_coordinator_accepted_at,
    buddyAcceptedAt: row.buddy_accepted_at,
    activatedAt: row.activated_at,
    declinedById: row.declined_by_id,
    declinedAt: row.declined_at,
    declineReason: row.decline_reason,
    withdrawnAt: row.withdrawn_at,
    pausedUntil: row.paused_until,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    endNote: row.end_note,
    sessionsHeld: row.sessions_held,
    lastSessionHeldAt: row.last_held_at,
    openProblemReports: row.open_problem_reports,
  };
}

/** Reads pairing records: one statement per call, whatever the number of rows. */
@Injectable()
export class PairingRecords {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async read(
    filter: string,
    params: unknown[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PairingRecord[]> {
    return (await manager.query<Row[]>(RECORDS(filter), params)).map(toRecord);
  }

  async one(id: string, manager?: EntityManager): Promise<PairingRecord | null> {
    return (await this.read('bp.id = $1', [id], manager))[0] ?? null;
  }
}

/** Pairing records by id, batched per request. */
@Injectable()
export class PairingRecordByIdLoader implements LoaderFactory<string, PairingRecord | null> {
  constructor(private readonly records: PairingRecords) {}

  create(): DataLoader<string, PairingRecord | null> {
    return batchLoader(async (ids) => {
      const rows = await this.records.read('bp.id = ANY($1::uuid[])', [ids]);
      return byKeys(ids, rows, (row) => row.id, null);
    });
  }
}
