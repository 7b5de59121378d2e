import { EntityManager } from 'typeorm';

/**
 * The test-only kind's own tables, made by the test (no migration: this kind exists only in
 * tests): groups of a programme (the kind's rule scope) and sessions with their days, host,
 * members, notes and the changes people were told about.
 */
export async function createTestSessionTables(manager: EntityManager): Promise<void> {
  await manager.query(`
    CREATE TABLE IF NOT EXISTS test_group (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE
    )`);
  await manager.query(`
    CREATE TABLE IF NOT EXISTS test_session (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      group_id uuid NOT NULL REFERENCES test_group (id) ON DELETE CASCADE,
      title varchar(200) NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'SCHEDULED',
      sequence integer NOT NULL DEFAULT 0,
      date date NOT NULL,
      start_time time NOT NULL,
      end_time time NOT NULL,
      host_id uuid,
      member_ids uuid[] NOT NULL DEFAULT '{}',
      notes text,
      cancellation_reason varchar(300),
      history jsonb NOT NULL DEFAULT '[]'
    )`);
}
