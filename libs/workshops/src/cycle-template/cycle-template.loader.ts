import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { CycleTemplateStepEntity } from './cycle-template-step.entity';

/** Each programme's template steps in order, batched per request. */
@Injectable()
export class CycleTemplateByProgrammeLoader implements LoaderFactory<
  string,
  readonly CycleTemplateStepEntity[]
> {
  constructor(
    @InjectRepository(CycleTemplateStepEntity)
    private readonly steps: Repository<CycleTemplateStepEntity>,
  ) {}

  create(): DataLoader<string, readonly CycleTemplateStepEntity[]> {
    return batchLoader(async (programmeIds) => {
      const rows = await this.steps.find({
        where: { programmeId: In([...programmeIds]) },
        order: { position: 'ASC' },
      });
      return groupByKeys(programmeIds, rows, (row) => row.programmeId);
    });
  }
}
