import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ByIdLoader } from '@zyklus/database';
import { Repository } from 'typeorm';
import { ProgrammeEntity } from './programme.entity';

/** Programmes by id, batched per request. */
@Injectable()
export class ProgrammeByIdLoader extends ByIdLoader<ProgrammeEntity> {
  constructor(@InjectRepository(ProgrammeEntity) rows: Repository<ProgrammeEntity>) {
    super(rows);
  }
}
