import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { batchLoader, byKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import { ReminderRuleEntity } from './reminder-rule.entity';

/** Reminder rules by id, batched per request. */
@Injectable()
export class ReminderRuleByIdLoader implements LoaderFactory<string, ReminderRuleEntity | null> {
  constructor(
    @InjectRepository(ReminderRuleEntity) private readonly rules: Repository<ReminderRuleEntity>,
  ) {}

  create(): DataLoader<string, ReminderRuleEntity | null> {
    return batchLoader(async (ids) => {
      const rows = await this.rules.findBy({ id: In([...ids]) });
      return byKeys(ids, rows, (row) => row.id, null);
    });
  }
}
