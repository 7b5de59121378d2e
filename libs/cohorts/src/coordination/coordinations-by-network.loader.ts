import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { CoordinationEntity } from './coordination.entity';

/**
 * Each network's whole coordination history, oldest first, batched per request. The current
 * coordinator, the coordinators during a cohort and the history are all picked from it.
 */
@Injectable()
export class CoordinationsByNetworkLoader implements LoaderFactory<
  string,
  readonly CoordinationEntity[]
> {
  constructor(
    @InjectRepository(CoordinationEntity)
    private readonly coordinations: Repository<CoordinationEntity>,
  ) {}

  create(): DataLoader<string, readonly CoordinationEntity[]> {
    return batchLoader(async (networkIds) => {
      const rows = await this.coordinations.find({
        where: { networkId: In([...networkIds]) },
        order: { startDate: 'ASC', createdAt: 'ASC' },
      });
      return groupByKeys(networkIds, rows, (row) => row.networkId);
    });
  }
}
