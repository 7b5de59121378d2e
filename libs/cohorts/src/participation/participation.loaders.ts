import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { ByIdLoader } from '@zyklus/database';
import { In, Repository } from 'typeorm';
import { NetworkEntity } from '../network/network.entity';
import { ParticipationChangeEntity } from './participation-change.entity';
import { ParticipationEntity } from './participation.entity';

/**
 * All participations of each cohort, by network name, batched per request. Counts per status,
 * free places and the waiting list are computed from this one list.
 */
@Injectable()
export class ParticipationsByCohortLoader implements LoaderFactory<
  string,
  readonly ParticipationEntity[]
> {
  constructor(
    @InjectRepository(ParticipationEntity)
    private readonly participations: Repository<ParticipationEntity>,
  ) {}

  create(): DataLoader<string, readonly ParticipationEntity[]> {
    return batchLoader(async (cohortIds) => {
      const rows = await this.participations
        .createQueryBuilder('p')
        .innerJoin(NetworkEntity, 'n', 'n.id = p.networkId')
        .addSelect('lower(n.name)', 'network_sort_name')
        .where('p.cohortId IN (:...cohortIds)', { cohortIds })
        .orderBy('network_sort_name', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .getMany();
      return groupByKeys(cohortIds, rows, (row) => row.cohortId);
    });
  }
}

/** Each network's participations, most recent cohort first, batched per request. */
@Injectable()
export class ParticipationsByNetworkLoader implements LoaderFactory<
  string,
  readonly ParticipationEntity[]
> {
  constructor(
    @InjectRepository(ParticipationEntity)
    private readonly participations: Repository<ParticipationEntity>,
  ) {}

  create(): DataLoader<string, readonly ParticipationEntity[]> {
    return batchLoader(async (networkIds) => {
      const rows = await this.participations.find({
        where: { networkId: In([...networkIds]) },
        relations: { cohort: true },
        order: { cohort: { startDate: 'DESC' } },
      });
      return groupByKeys(networkIds, rows, (row) => row.networkId);
    });
  }
}

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

/** Participations by id, batched per request. */
@Injectable()
export class ParticipationByIdLoader extends ByIdLoader<ParticipationEntity> {
  constructor(@InjectRepository(ParticipationEntity) rows: Repository<ParticipationEntity>) {
    super(rows);
  }
}
