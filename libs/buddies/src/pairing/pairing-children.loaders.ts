import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { BuddyGoalEntity } from '../goal/buddy-goal.entity';
import { BuddySessionEntity } from '../session/buddy-session.entity';

/** Each pairing's sessions, by start, batched per request (redacted by the resolver's view). */
@Injectable()
export class SessionsByPairingLoader implements LoaderFactory<
  string,
  readonly BuddySessionEntity[]
> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): DataLoader<string, readonly BuddySessionEntity[]> {
    return batchLoader(async (ids) => {
      const rows = await this.dataSource.getRepository(BuddySessionEntity).find({
        where: { pairingId: In([...ids]) },
        order: { startsAt: 'ASC', id: 'ASC' },
      });
      return groupByKeys(ids, rows, (row) => row.pairingId);
    });
  }
}

/** Each pairing's goals, oldest first, batched per request. */
@Injectable()
export class GoalsByPairingLoader implements LoaderFactory<string, readonly BuddyGoalEntity[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): DataLoader<string, readonly BuddyGoalEntity[]> {
    return batchLoader(async (ids) => {
      const rows = await this.dataSource.getRepository(BuddyGoalEntity).find({
        where: { pairingId: In([...ids]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return groupByKeys(ids, rows, (row) => row.pairingId);
    });
  }
}
