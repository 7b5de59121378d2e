import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, byKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

/** Programmes by id, batched per request. */
@Injectable()
export class ProgrammeByIdLoader implements LoaderFactory<string, ProgrammeEntity | null> {
  constructor(
    @InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>,
  ) {}

  create(): DataLoader<string, ProgrammeEntity | null> {
    return batchLoader(async (ids) => {
      const rows = await this.programmes.findBy({ id: In([...ids]) });
      return byKeys(ids, rows, (row) => row.id, null);
    });
  }
}
