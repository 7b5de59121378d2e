import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { ParticipationChangeEntity } from './participation-change.entity';

/** Each participation's status changes, oldest first, batched per request. */
@Injectable()
export class ParticipationChangesLoader implements LoaderFactory<
  string,
  readonly ParticipationChangeEntity[]
> {
  constructor(
    @InjectRepository(ParticipationChangeEntity)
    private readonly changes: Repository<ParticipationChangeEntity>,
  ) {}

  create(): DataLoader<string, readonly ParticipationChangeEntity[]> {
    return batchLoader(async (participationIds) => {
      const rows = await this.changes.find({
        where: { participationId: In([...participationIds]) },
        order: { changedAt: 'ASC', seq: 'ASC' },
      });
      return groupByKeys(participationIds, rows, (row) => row.participationId);
    });
  }
}
