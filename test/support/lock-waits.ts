import { setTimeout as pause } from 'node:timers/promises';
import { DataSource } from 'typeorm';

/** How many sessions of this database wait for a lock (a row another transaction holds). */
export async function lockWaits(dataSource: DataSource): Promise<number> {
  const [row] = await dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`,
  );
  return row!.count;
}

/**
 * Resolves once `count` sessions wait for a lock, or `done()` says there is nothing to wait
 * for any more. It watches the database (no fixed delay): the way to line up concurrent
 * transactions at the step a test is about.
 */
export async function untilLockWaits(
  dataSource: DataSource,
  count: number,
  done: () => boolean = () => false,
): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (done() || (await lockWaits(dataSource)) >= count) return;
    await pause(5);
  }
  throw new Error(`Fewer than ${count} sessions came to wait for a lock`);
}
