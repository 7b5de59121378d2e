import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  batchLoader,
  byKeys,
  Clock,
  groupByKeys,
  Language,
  LoaderFactory,
  RequestLoaders,
} from '@zyklus/common';
import { identitySql, PersonRow, Role } from '@zyklus/identity';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CohortStatus } from '../cohort/cohort-status';
import { CohortByIdLoader } from '../cohort/cohort-by-id.loader';
import { CohortEntity } from '../cohort/cohort.entity';
import { Bundesland } from '../network/bundesland';
import { NetworkKind } from '../network/network-kind';
import { ProgrammeByIdLoader } from '../programme/programme-by-id.loader';
import { ProgrammeEntity } from '../programme/programme.entity';
import { ParticipationStatus } from './participation-status';
import { CoordinatorExperience } from './participation.model';

/** A network as the read model selects it (the columns of GraphQL's Network). */
export interface NetworkRow {
  readonly id: string;
  readonly name: string;
  readonly kind: NetworkKind;
  readonly bundesland: Bundesland;
  readonly city: string;
  readonly website: string | null;
  readonly createdAt: Date;
}

/** The coordination period that speaks for a participation. */
export interface CoordinationRow {
  readonly id: string;
  readonly personId: string;
  readonly startDate: string;
  readonly endDate: string | null;
}

/**
 * A participation with what its lists show, read in one statement and not yet redacted for
 * any viewer (ParticipationView does that): its network; the coordinator who speaks for it —
 * the network's coordinator today (in the programme's time zone) while the cohort runs or lies
 * ahead, the one on its last day once it is over; whether that person completed a cohort that
 * began earlier; its place on the waiting list.
 */
export interface ParticipationRecord {
  readonly id: string;
  readonly cohortId: string;
  readonly networkId: string;
  readonly status: ParticipationStatus;
  readonly waitlistedAt: Date | null;
  readonly completedOn: string | null;
  readonly withdrawnOn: string | null;
  readonly withdrawalReason: string | null;
  readonly createdAt: Date;
  readonly network: NetworkRow;
  readonly coordination: CoordinationRow | null;
  readonly coordinator: PersonRow | null;
  readonly coordinatorExperience: CoordinatorExperience | null;
  readonly waitlistPosition: number | null;
  /** The programme's time zone: the one the participation's days are counted in. */
  readonly timeZone: string;
  readonly cohortStartDate: string;
  readonly cohortEndDate: string;
  /** Today in the programme's time zone. */
  readonly today: string;
}

interface Row {
  id: string;
  cohort_id: string;
  network_id: string;
  status: ParticipationStatus;
  waitlisted_at: Date | null;
  completed_on: string | null;
  withdrawn_on: string | null;
  withdrawal_reason: string | null;
  created_at: Date;
  network_name: string;
  network_kind: NetworkKind;
  network_bundesland: Bundesland;
  network_city: string;
  network_website: string | null;
  network_created_at: Date;
  time_zone: string;
  cohort_start: string;
  cohort_end: string;
  today: string;
  coordination_id: string | null;
  person_id: string | null;
  coordination_start: string | null;
  coordination_end: string | null;
  person_name: string | null;
  person_email: string | null;
  person_language: Language | null;
  person_roles: Role[] | null;
  person_last_signed_in_at: Date | null;
  person_created_at: Date | null;
  waitlist_position: number | null;
  experienced: boolean;
  programme_id: string;
  cohort_number: number;
  cohort_title: string;
  cohort_capacity: number;
  cohort_status: CohortStatus;
  cohort_created_at: Date;
  cohort_updated_at: Date;
  programme_name: string;
  programme_language: Language;
  programme_created_at: Date;
  programme_updated_at: Date;
  programme_reply_to: string | null;
}

/**
 * One statement for any number of participations, `filter` on `p` with `$1` its keys, `$2` now.
 * The waiting list is ranked over the whole cohort, whichever participations are asked for;
 * alumni are found once (the earliest cohort each person completed); everything is joined by
 * hash, so the cost grows with the rows, not with rows × people.
 */
/** The cohort and programme of each row, for the loaders: only where few rows are read. */
const COHORT_COLUMNS = `
         c.programme_id, c.number AS cohort_number, c.title AS cohort_title,
         c.capacity AS cohort_capacity, c.status AS cohort_status,
         c.created_at AS cohort_created_at, c.updated_at AS cohort_updated_at,
         g.name AS programme_name, g.default_language AS programme_language,
         g.created_at AS programme_created_at, g.updated_at AS programme_updated_at,
         g.reply_to AS programme_reply_to,`;

const RECORDS = (filter: string, withCohort: boolean) => `
  SELECT * FROM (
  SELECT DISTINCT ON (p.id)
         p.id, p.cohort_id, p.network_id, p.status, p.waitlisted_at,
         p.completed_on::text AS completed_on, p.withdrawn_on::text AS withdrawn_on,
         p.withdrawal_reason, p.created_at,
         n.name AS network_name, n.kind AS network_kind, n.bundesland AS network_bundesland,
         n.city AS network_city, n.website AS network_website, n.created_at AS network_created_at,
         g.time_zone, c.start_date::text AS cohort_start, c.end_date::text AS cohort_end,
         t.today::text AS today,
${withCohort ? COHORT_COLUMNS : ''}
         k.id AS coordination_id, k.person_id, k.start_date::text AS coordination_start,
         k.end_date::text AS coordination_end,
         pe.name AS person_name, pe.email AS person_email, pe.preferred_language AS person_language,
         pe.roles AS person_roles, pe.last_signed_in_at AS person_last_signed_in_at,
         pe.created_at AS person_created_at,
         queue.position AS waitlist_position,
         COALESCE(alumni.first_start < c.start_date, false) AS experienced
    FROM participation p
    JOIN cohort c ON c.id = p.cohort_id
    JOIN programme g ON g.id = c.programme_id
    JOIN network n ON n.id = p.network_id
    CROSS JOIN LATERAL (SELECT ($2::timestamptz AT TIME ZONE g.time_zone)::date AS today) t
    LEFT JOIN coordination k ON k.network_id = p.network_id
     AND k.start_date <= LEAST(c.end_date, t.today)
     AND (k.end_date IS NULL OR k.end_date >= LEAST(c.end_date, t.today))
    LEFT JOIN ${identitySql.people} pe ON pe.id = k.person_id
    LEFT JOIN (
      SELECT q.id, row_number() OVER (PARTITION BY q.cohort_id ORDER BY q.waitlisted_at, q.id)::int AS position
        FROM participation q
       WHERE q.status = '${ParticipationStatus.WAITLISTED}'
         AND q.cohort_id IN (SELECT p.cohort_id FROM participation p WHERE ${filter})
    ) queue ON queue.id = p.id
    LEFT JOIN (
      SELECT k2.person_id, min(c2.start_date) AS first_start
        FROM participation p2
        JOIN cohort c2 ON c2.id = p2.cohort_id
        JOIN coordination k2 ON k2.network_id = p2.network_id
         AND k2.start_date <= LEAST(p2.completed_on, c2.end_date)
         AND (k2.end_date IS NULL OR k2.end_date >= LEAST(p2.completed_on, c2.end_date))
       WHERE p2.status = '${ParticipationStatus.COMPLETED}'
       GROUP BY k2.person_id
    ) alumni ON alumni.person_id = k.person_id
   WHERE ${filter}
   -- Periods of one network never overlap; should two, the earlier speaks, as before.
   ORDER BY p.id, k.start_date, k.created_at
  ) records
  ORDER BY lower(network_name), id`;

function toRecord(row: Row): ParticipationRecord {
  const coordinator: PersonRow | null = row.person_id
    ? {
        id: row.person_id,
        name: row.person_name!,
        email: row.person_email!,
        preferredLanguage: row.person_language!,
        roles: row.person_roles!,
        lastSignedInAt: row.person_last_signed_in_at,
        createdAt: row.person_created_at!,
      }
    : null;
  return {
    id: row.id,
    cohortId: row.cohort_id,
    networkId: row.network_id,
    status: row.status,
    waitlistedAt: row.waitlisted_at,
    completedOn: row.completed_on,
    withdrawnOn: row.withdrawn_on,
    withdrawalReason: row.withdrawal_reason,
    createdAt: row.created_at,
    network: {
      id: row.network_id,
      name: row.network_name,
      kind: row.network_kind,
      bundesland: row.network_bundesland,
      city: row.network_city,
      website: row.network_website,
      createdAt: row.network_created_at,
    },
    coordination: row.coordination_id
      ? {
          id: row.coordination_id,
          personId: row.person_id!,
          startDate: row.coordination_start!,
          endDate: row.coordination_end,
        }
      : null,
    coordinator,
    coordinatorExperience: coordinator
      ? row.experienced
        ? CoordinatorExperience.EXPERIENCED
        : CoordinatorExperience.NEW
      : null,
    waitlistPosition: row.waitlist_position,
    timeZone: row.time_zone,
    cohortStartDate: row.cohort_start,
    cohortEndDate: row.cohort_end,
    today: row.today,
  };
}

/**
 * Reads participation records: one statement per batch, whatever the number of rows. Given the
 * request's loaders (for single participations), it reads their cohorts and programmes along
 * and hands them to those loaders, so a participation's cohort costs no further statement.
 */
@Injectable()
export class ParticipationRecords {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cohortById: CohortByIdLoader,
    private readonly programmeById: ProgrammeByIdLoader,
  ) {}

  async read(
    filter: string,
    keys: readonly string[],
    loaders?: RequestLoaders,
  ): Promise<ParticipationRecord[]> {
    const rows = await this.dataSource.query<Row[]>(RECORDS(filter, loaders !== undefined), [
      keys,
      this.clock.now(),
    ]);
    if (loaders) this.prime(loaders, rows);
    return rows.map(toRecord);
  }

  private prime(loaders: RequestLoaders, rows: readonly Row[]): void {
    const cohorts = loaders.for(this.cohortById);
    const programmes = loaders.for(this.programmeById);
    const seen = new Set<string>();
    for (const row of rows) {
      if (seen.has(row.cohort_id)) continue;
      seen.add(row.cohort_id);
      const cohort: CohortEntity = {
        id: row.cohort_id,
        programmeId: row.programme_id,
        number: row.cohort_number,
        title: row.cohort_title,
        startDate: row.cohort_start,
        endDate: row.cohort_end,
        capacity: row.cohort_capacity,
        status: row.cohort_status,
        createdAt: row.cohort_created_at,
        updatedAt: row.cohort_updated_at,
      };
      const programme: ProgrammeEntity = {
        id: row.programme_id,
        name: row.programme_name,
        timeZone: row.time_zone,
        defaultLanguage: row.programme_language,
        replyTo: row.programme_reply_to,
        createdAt: row.programme_created_at,
        updatedAt: row.programme_updated_at,
      };
      cohorts.prime(cohort.id, cohort);
      programmes.prime(programme.id, programme);
    }
  }
}

/** Each cohort's participation records, by network name, batched per request. */
@Injectable()
export class ParticipationRecordsByCohortLoader implements LoaderFactory<
  string,
  readonly ParticipationRecord[]
> {
  constructor(private readonly records: ParticipationRecords) {}

  create(): DataLoader<string, readonly ParticipationRecord[]> {
    return batchLoader(async (cohortIds) => {
      const rows = await this.records.read('p.cohort_id = ANY($1::uuid[])', cohortIds);
      return groupByKeys(cohortIds, rows, (row) => row.cohortId);
    });
  }
}

/** Participation records by id, batched per request. */
@Injectable()
export class ParticipationRecordByIdLoader implements LoaderFactory<
  string,
  ParticipationRecord | null
> {
  constructor(private readonly records: ParticipationRecords) {}

  create(loaders: RequestLoaders): DataLoader<string, ParticipationRecord | null> {
    return batchLoader(async (ids) => {
      const rows = await this.records.read('p.id = ANY($1::uuid[])', ids, loaders);
      return byKeys(ids, rows, (row) => row.id, null);
    });
  }
}

/** Each network's participation records, latest cohort first, batched per request. */
@Injectable()
export class ParticipationRecordsByNetworkLoader implements LoaderFactory<
  string,
  readonly ParticipationRecord[]
> {
  constructor(private readonly records: ParticipationRecords) {}

  create(): DataLoader<string, readonly ParticipationRecord[]> {
    return batchLoader(async (networkIds) => {
      const rows = await this.records.read('p.network_id = ANY($1::uuid[])', networkIds);
      rows.sort((a, b) => b.cohortStartDate.localeCompare(a.cohortStartDate));
      return groupByKeys(networkIds, rows, (row) => row.networkId);
    });
  }
}
