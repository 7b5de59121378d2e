import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory, RequestLoaders } from '@zyklus/common';
import DataLoader from 'dataloader';
import { PersonByIdLoader } from '@zyklus/identity';
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
    private readonly personById: PersonByIdLoader,
  ) {}

  create(loaders: RequestLoaders): DataLoader<string, readonly CoordinationEntity[]> {
    return batchLoader(async (networkIds) => {
      const rows = await this.coordinations.find({
        where: { networkId: In([...networkIds]) },
        relations: { person: true },
        order: { startDate: 'ASC', createdAt: 'ASC' },
      });
      // Whoever asks for a coordination asks for its person next: they are here already, so
      // the count of statements does not depend on which resolver chain comes first.
      const people = loaders.for(this.personById);
      for (const row of rows) if (row.person) people.prime(row.personId, row.person);
      return groupByKeys(networkIds, rows, (row) => row.networkId);
    });
  }
}
