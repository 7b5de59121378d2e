import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, byKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { PersonEntity } from './person.entity';

/** People by id, batched per request. */
@Injectable()
export class PersonByIdLoader implements LoaderFactory<string, PersonEntity | null> {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  create(): DataLoader<string, PersonEntity | null> {
    return batchLoader(async (ids) => {
      const rows = await this.people.findBy({ id: In([...ids]) });
      return byKeys(ids, rows, (row) => row.id, null);
    });
  }
}
