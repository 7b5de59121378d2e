import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { DataSource, In, Repository } from 'typeorm';
import { AttendanceStatus } from './attendance-status';
import { AttendanceEntity } from './attendance.entity';

/** One attendance row as the matrix reads it: plain values, no entity. */
export interface AttendanceCellRow {
  readonly workshopId: string;
  readonly participationId: string;
  readonly status: AttendanceStatus;
}

/** All attendance rows of each cohort's workshops as plain values, batched per request. */
@Injectable()
export class AttendanceByCohortLoader implements LoaderFactory<
  string,
  readonly AttendanceCellRow[]
> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): DataLoader<string, readonly AttendanceCellRow[]> {
    return batchLoader(async (cohortIds) => {
      const rows = await this.dataSource.query<
        {
          cohort_id: string;
          workshop_id: string;
          participation_id: string;
          status: AttendanceStatus;
        }[]
      >(
        `SELECT w.cohort_id, a.workshop_id, a.participation_id, a.status
           FROM attendance a JOIN workshop w ON w.id = a.workshop_id
          WHERE w.cohort_id = ANY($1::uuid[])`,
        [cohortIds],
      );
      const cells = rows.map((row) => ({
        cohortId: row.cohort_id,
        workshopId: row.workshop_id,
        participationId: row.participation_id,
        status: row.status,
      }));
      return groupByKeys(cohortIds, cells, (row) => row.cohortId);
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
