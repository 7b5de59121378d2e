import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ByIdLoader } from '@zyklus/database';
import { Repository } from 'typeorm';
import { CohortEntity } from './cohort.entity';

/** Cohorts by id, batched per request. */
@Injectable()
export class CohortByIdLoader extends ByIdLoader<CohortEntity> {
  constructor(@InjectRepository(CohortEntity) rows: Repository<CohortEntity>) {
    super(rows);
  }
}
