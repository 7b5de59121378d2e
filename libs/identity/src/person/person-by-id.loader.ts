import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ByIdLoader } from '@zyklus/database';
import { Repository } from 'typeorm';
import { PersonEntity } from './person.entity';

/** People by id, batched per request. */
@Injectable()
export class PersonByIdLoader extends ByIdLoader<PersonEntity> {
  constructor(@InjectRepository(PersonEntity) rows: Repository<PersonEntity>) {
    super(rows);
  }
}
