import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import { AttendanceStatus } from './attendance-status';
import { AttendanceEntity } from './attendance.entity';

/** A cohort's attendance as the matrix reads it: participation → workshop → status. */
export type AttendanceGrid = ReadonlyMap<string, ReadonlyMap<string, AttendanceStatus>>;

/**
 * Each cohort's attendance as plain values, one row per participation (its workshops and
 * statuses as two arrays), batched per request: no entities, a row per network, not per cell.
 */
@Injectable()
export class AttendanceByCohortLoader implements LoaderFactory<string, AttendanceGrid> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): DataLoader<string, AttendanceGrid> {
    return batchLoader(async (cohortIds) => {
      const rows = await this.dataSource.query<
        {
          cohort_id: string;
          participation_id: string;
          workshops: string[];
          statuses: AttendanceStatus[];
        }[]
      >(
        `SELECT w.cohort_id, a.participation_id,
                array_agg(a.workshop_id::text) AS workshops, array_agg(a.status::text) AS statuses
           FROM attendance a JOIN workshop w ON w.id = a.workshop_id
          WHERE w.cohort_id = ANY($1::uuid[])
          GROUP BY w.cohort_id, a.participation_id`,
        [cohortIds],
      );
      const grids = new Map<string, Map<string, ReadonlyMap<string, AttendanceStatus>>>(
        cohortIds.map((id) => [id, new Map()]),
      );
      for (const row of rows) {
        const cells = new Map<string, AttendanceStatus>();
        row.workshops.forEach((workshopId, i) => cells.set(workshopId, row.statuses[i]!));
        grids.get(row.cohort_id)?.set(row.participation_id, cells);
      }
      return cohortIds.map((id) => grids.get(id)!);
    });
  }
}

/** Each participation's own attendance rows (all its workshops), batched per request. */
@Injectable()
export class AttendanceByParticipationLoader implements LoaderFactory<
  string,
  readonly AttendanceEntity[]
> {
  constructor(
    @InjectRepository(AttendanceEntity) private readonly attendance: Repository<AttendanceEntity>,
  ) {}

  create(): DataLoader<string, readonly AttendanceEntity[]> {
    return batchLoader(async (participationIds) => {
      const rows = await this.attendance.findBy({ participationId: In([...participationIds]) });
      return groupByKeys(participationIds, rows, (row) => row.participationId);
    });
  }
}

/** Each workshop's attendance rows, batched per request. */
@Injectable()
export class AttendanceByWorkshopLoader implements LoaderFactory<
  string,
  readonly AttendanceEntity[]
> {
  constructor(
    @InjectRepository(AttendanceEntity) private readonly attendance: Repository<AttendanceEntity>,
  ) {}

  create(): DataLoader<string, readonly AttendanceEntity[]> {
    return batchLoader(async (workshopIds) => {
      const rows = await this.attendance.findBy({ workshopId: In([...workshopIds]) });
      return groupByKeys(workshopIds, rows, (row) => row.workshopId);
    });
  }
}
