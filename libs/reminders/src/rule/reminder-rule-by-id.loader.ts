import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ByIdLoader } from '@zyklus/database';
import { Repository } from 'typeorm';
import { ReminderRuleEntity } from './reminder-rule.entity';

/** Reminder rules by id, batched per request. */
@Injectable()
export class ReminderRuleByIdLoader extends ByIdLoader<ReminderRuleEntity> {
  constructor(@InjectRepository(ReminderRuleEntity) rows: Repository<ReminderRuleEntity>) {
    super(rows);
  }
}
