import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { AttendanceEntity } from './attendance.entity';

/** All attendance rows of each cohort's workshops, batched per request. */
@Injectable()
export class AttendanceByCohortLoader implements LoaderFactory<
  string,
  readonly AttendanceEntity[]
> {
  constructor(
    @InjectRepository(AttendanceEntity) private readonly attendance: Repository<AttendanceEntity>,
  ) {}

  create(): DataLoader<string, readonly (AttendanceEntity & { cohortId: string })[]> {
    return batchLoader(async (cohortIds) => {
      const rows = await this.attendance
        .createQueryBuilder('a')
        .innerJoin(WorkshopEntity, 'w', 'w.id = a.workshopId')
        .addSelect('w.cohort_id', 'cohort_id')
        .where('w.cohortId IN (:...cohortIds)', { cohortIds })
        .getRawAndEntities();
      const withCohort = rows.entities.map((entity, index) =>
        Object.assign(entity, { cohortId: (rows.raw[index] as { cohort_id: string }).cohort_id }),
      );
      return groupByKeys(cohortIds, withCohort, (row) => row.cohortId);
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
