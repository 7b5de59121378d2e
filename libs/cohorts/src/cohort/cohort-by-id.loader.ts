import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, byKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { CohortEntity } from './cohort.entity';

/** Cohorts by id, batched per request. */
@Injectable()
export class CohortByIdLoader implements LoaderFactory<string, CohortEntity | null> {
  constructor(@InjectRepository(CohortEntity) private readonly cohorts: Repository<CohortEntity>) {}

  create(): DataLoader<string, CohortEntity | null> {
    return batchLoader(async (ids) => {
      const rows = await this.cohorts.findBy({ id: In([...ids]) });
      return byKeys(ids, rows, (row) => row.id, null);
    });
  }
}
