import { CohortStatus } from '@zyklus/cohorts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { publishedWorkshop } from '../support/reminder-scenario';
import { runMain } from '../support/run-main';
import { TestApp } from '../support/test-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';

/** Runs `npm run cli -- …` against `database`. */
function cli(database: TestDatabase, args: string[]) {
  return runMain(
    'cli',
    { DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize) },
    args,
  );
}

async function query<T>(database: TestDatabase, sql: string): Promise<T[]> {
  const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  try {
    return await dataSource.query<T[]>(sql);
  } finally {
    await dataSource.destroy();
  }
}

describe('the CLI while the server holds the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'zyklus-pglite-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('says so in one line, with no stack trace', async () => {
    // A live process (this one) holds the directory, as `npm start` would.
    writeFileSync(`${dataDir}.lock`, String(process.pid));
    try {
      const result = await runMain('cli', { DATABASE_URL: '', PGLITE_DATA_DIR: dataDir }, [
        'create-admin',
        '--email',
        'anna@example.org',
        '--name',
        'Anna Admin',
      ]);
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        `The embedded database in ${dataDir} is in use by process ${process.pid}. Stop that process first, or set DATABASE_URL to use a PostgreSQL server.`,
      ]);
    } finally {
      rmSync(`${dataDir}.lock`, { force: true });
    }
  });
});

describe('the CLI that makes the first admin', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it.each([
    ['--name', ['--email', 'anna@example.org', '--name', 'A'.repeat(201)], 200],
    ['--email', ['--email', `${'a'.repeat(243)}@example.org`, '--name', 'Anna'], 254],
  ])(
    'refuses a %s longer than the database holds with its usage, and writes nothing',
    async (option, args, limit) => {
      const result = await cli(database, ['create-admin', ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${option} may have at most ${limit} characters`);
      expect(result.stderr).toContain('npm run cli -- create-admin --email <address>');
      expect(result.stderr).not.toMatch(/QueryFailedError|\n\s+at /);
      expect(await query(database, 'SELECT email FROM person')).toEqual([]);
    },
  );
});

describe('the CLI and the reminders for program managers', () => {
  it('gives the admin it makes the upcoming reminders meant for program managers', async () => {
    // The CLI runs on the real clock: a workshop in 2030 is upcoming for it.
    const t = await TestApp.start();
    try {
      const pm = await t.manager();
      const programme = await t.given.programme();
      const cohort = await t.given.cohort({
        programmeId: programme.id,
        startDate: '2029-11-26',
        endDate: '2030-10-31',
        status: CohortStatus.RUNNING,
      });
      await pm.data(
        `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`,
        { input: { programmeId: programme.id, offsetDays: -7, audience: 'PROGRAM_MANAGERS' } },
      );
      await publishedWorkshop(pm, cohort.id, '2030-03-27');
      await t.app.close();

      const result = await cli(t.database, [
        'create-admin',
        '--email',
        'anna@example.org',
        '--name',
        'Anna Admin',
      ]);
      expect(result.status).toBe(0);
      const rows = await query<{ name: string; status: string }>(
        t.database,
        `SELECT p.name, r.status FROM reminder r JOIN person p ON p.id = r.recipient_id ORDER BY p.name`,
      );
      expect(rows).toEqual([
        { name: 'Anna Admin', status: 'PENDING' },
        { name: 'Petra Planer', status: 'PENDING' },
      ]);
    } finally {
      await t.database.drop();
      rmSync(t.outboxDir, { recursive: true, force: true });
    }
  }, 120_000); // spawns the CLI
});
