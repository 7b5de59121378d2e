import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

/** Runs the CLI's main.ts the way `npm run cli` does, against `database`. */
function cli(database: TestDatabase, args: string[]) {
  return spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', join(ROOT, 'apps', 'cli', 'src', 'main.ts'), ...args],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: String(database.poolSize),
      },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
}

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
      const result = cli(database, ['create-admin', ...args]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`${option} may have at most ${limit} characters`);
      expect(result.stderr).toContain('npm run cli -- create-admin --email <address>');
      expect(result.stderr).not.toMatch(/QueryFailedError|\n\s+at /);

      const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      try {
        expect(await dataSource.query('SELECT email FROM person')).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    },
  );
});
