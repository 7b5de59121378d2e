import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, byKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { NetworkEntity } from './network.entity';

/** Networks by id, batched per request. */
@Injectable()
export class NetworkByIdLoader implements LoaderFactory<string, NetworkEntity | null> {
  constructor(
    @InjectRepository(NetworkEntity) private readonly networks: Repository<NetworkEntity>,
  ) {}

  create(): DataLoader<string, NetworkEntity | null> {
    return batchLoader(async (ids) => {
      const rows = await this.networks.findBy({ id: In([...ids]) });
      return byKeys(ids, rows, (row) => row.id, null);
    });
  }
}
