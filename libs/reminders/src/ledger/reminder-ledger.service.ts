import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Clock,
  ConflictError,
  ConnectionShape,
  decodeCursor,
  NotFoundError,
  toConnection,
} from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { ReminderStatus } from '../rule/reminder-enums';
import { ReminderEntity } from './reminder.entity';
import { RemindersArgs } from './reminders.args';

/** The ledger for program managers: filter, see failures, retry (previews: ReminderPreviewService). */
@Injectable()
export class ReminderLedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async list(actor: Actor, args: RemindersArgs): Promise<ConnectionShape<ReminderEntity>> {
    requireProgramManager(actor);
    const query = this.dataSource.getRepository(ReminderEntity).createQueryBuilder('r');
    if (args.cohortId) query.andWhere('r.cohortId = :cohortId', args);
    if (args.eventKind) query.andWhere('r.eventKind = :eventKind', args);
    if (args.eventId) query.andWhere('r.eventId = :eventId', args);
    if (args.personId) query.andWhere('r.recipientId = :personId', args);
    if (args.status?.length) query.andWhere('r.status IN (:...status)', { status: args.status });
    if (args.dueFrom) query.andWhere('r.dueAt >= :dueFrom', args);
    if (args.dueTo) query.andWhere('r.dueAt < :dueTo', args);
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [due, id] = decodeCursor(args.after, ['instant', 'uuid']);
      query.andWhere('(r.dueAt, r.id) > (CAST(:due AS timestamptz), CAST(:id AS uuid))', {
        due,
        id,
      });
    }
    const rows = await query
      .orderBy('r.dueAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, (r) => [r.dueAt.toISOString(), r.id], totalCount);
  }

  /** A FAILED reminder goes back to PENDING, due now, with fresh attempts. */
  async retry(actor: Actor, id: string): Promise<ReminderEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ReminderEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw NotFoundError.of({ de: 'Erinnerung', en: 'Reminder' }, 'id');
      if (row.status !== ReminderStatus.FAILED) {
        throw new ConflictError(
          {
            de: 'Nur fehlgeschlagene Erinnerungen lassen sich erneut senden.',
            en: 'Only failed reminders can be retried.',
          },
          [
            {
              field: 'id',
              message: { de: `Status: ${row.status}.`, en: `Status: ${row.status}.` },
            },
          ],
        );
      }
      row.status = ReminderStatus.PENDING;
      row.attempts = 0;
      row.nextAttemptAt = this.clock.now();
      row.claimedUntil = null;
      row.claimedBy = null;
      return manager.save(row);
    });
  }
}
