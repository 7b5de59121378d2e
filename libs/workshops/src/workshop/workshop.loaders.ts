import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { ByIdLoader } from '@zyklus/database';
import { In, Repository } from 'typeorm';
import { WorkshopChangeEntity } from './workshop-change.entity';
import { WorkshopDayEntity } from './workshop-day.entity';
import { WorkshopFacilitatorEntity } from './workshop-facilitator.entity';
import { WorkshopEntity } from './workshop.entity';

/** Each cohort's workshops (all statuses) by their first day, batched per request. */
@Injectable()
export class WorkshopsByCohortLoader implements LoaderFactory<string, readonly WorkshopEntity[]> {
  constructor(
    @InjectRepository(WorkshopEntity) private readonly workshops: Repository<WorkshopEntity>,
  ) {}

  create(): DataLoader<string, readonly WorkshopEntity[]> {
    return batchLoader(async (cohortIds) => {
      const rows = await this.workshops
        .createQueryBuilder('w')
        .addSelect(
          '(SELECT min(d.date) FROM workshop_day d WHERE d.workshop_id = w.id)',
          'first_day',
        )
        .where('w.cohortId IN (:...cohortIds)', { cohortIds })
        .orderBy('first_day', 'ASC', 'NULLS LAST')
        .addOrderBy('w.createdAt', 'ASC')
        .getMany();
      return groupByKeys(cohortIds, rows, (row) => row.cohortId);
    });
  }
}

/** Workshops by id, batched per request. */
@Injectable()
export class WorkshopByIdLoader extends ByIdLoader<WorkshopEntity> {
  constructor(@InjectRepository(WorkshopEntity) rows: Repository<WorkshopEntity>) {
    super(rows);
  }
}

/** Each workshop's days in order, batched per request. */
@Injectable()
export class WorkshopDaysLoader implements LoaderFactory<string, readonly WorkshopDayEntity[]> {
  constructor(
    @InjectRepository(WorkshopDayEntity) private readonly days: Repository<WorkshopDayEntity>,
  ) {}

  create(): DataLoader<string, readonly WorkshopDayEntity[]> {
    return batchLoader(async (workshopIds) => {
      const rows = await this.days.find({
        where: { workshopId: In([...workshopIds]) },
        order: { date: 'ASC' },
      });
      return groupByKeys(workshopIds, rows, (row) => row.workshopId);
    });
  }
}

/** Each workshop's facilitators in order, batched per request. */
@Injectable()
export class FacilitatorsLoader implements LoaderFactory<
  string,
  readonly WorkshopFacilitatorEntity[]
> {
  constructor(
    @InjectRepository(WorkshopFacilitatorEntity)
    private readonly facilitators: Repository<WorkshopFacilitatorEntity>,
  ) {}

  create(): DataLoader<string, readonly WorkshopFacilitatorEntity[]> {
    return batchLoader(async (workshopIds) => {
      const rows = await this.facilitators.find({
        where: { workshopId: In([...workshopIds]) },
        relations: { person: true },
        order: { position: 'ASC' },
      });
      return groupByKeys(workshopIds, rows, (row) => row.workshopId);
    });
  }
}

/** Each workshop's change records, oldest first, batched per request. */
@Injectable()
export class WorkshopChangesLoader implements LoaderFactory<
  string,
  readonly WorkshopChangeEntity[]
> {
  constructor(
    @InjectRepository(WorkshopChangeEntity)
    private readonly changes: Repository<WorkshopChangeEntity>,
  ) {}

  create(): DataLoader<string, readonly WorkshopChangeEntity[]> {
    return batchLoader(async (workshopIds) => {
      const rows = await this.changes.find({
        where: { workshopId: In([...workshopIds]) },
        order: { seq: 'ASC' },
      });
      return groupByKeys(workshopIds, rows, (row) => row.workshopId);
    });
  }
}
