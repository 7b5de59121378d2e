import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ByIdLoader } from '@zyklus/database';
import { Repository } from 'typeorm';
import { NetworkEntity } from './network.entity';

/** Networks by id, batched per request. */
@Injectable()
export class NetworkByIdLoader extends ByIdLoader<NetworkEntity> {
  constructor(@InjectRepository(NetworkEntity) rows: Repository<NetworkEntity>) {
    super(rows);
  }
}
