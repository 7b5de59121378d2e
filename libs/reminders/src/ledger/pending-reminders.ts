import { EntityManager } from 'typeorm';

/** How many reminders wait in the ledger, and how many of them are due at `now`. */
export interface PendingReminders {
  pending: number;
  due: number;
}

/** The ledger's pending reminders counted in one statement (the demo seeder reports them). */
export async function pendingReminders(
  manager: EntityManager,
  now: Date,
): Promise<PendingReminders> {
  const [row] = await manager.query<PendingReminders[]>(
    `SELECT count(*)::int AS pending, count(*) FILTER (WHERE next_attempt_at <= $1)::int AS due
       FROM reminder WHERE status = 'PENDING'`,
    [now],
  );
  return row!;
}
