import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
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

  create(): DataLoader<string, readonly AttendanceEntity[]> {
    return batchLoader(async (cohortIds) => {
      const rows = await this.attendance
        .createQueryBuilder('a')
        .innerJoinAndSelect('a.workshop', 'w')
        .where('w.cohortId IN (:...cohortIds)', { cohortIds })
        .getMany();
      return groupByKeys(cohortIds, rows, (row) => row.workshop!.cohortId);
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
