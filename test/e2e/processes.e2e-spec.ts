import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@zyklus/config';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { createTestDatabase } from '../support/test-database';

const ROOT = join(__dirname, '..', '..');

/** Runs an app's main.ts the way `ts-node` would, with the given environment. */
function runMain(app: 'api' | 'worker' | 'cli', env: Record<string, string>, args: string[] = []) {
  return spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', join(ROOT, 'apps', app, 'src', 'main.ts'), ...args],
    { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 },
  );
}

describe('starting the processes', () => {
  it.each([
    ['api', 'PORT', 'abc'],
    ['api', 'TZ', 'Mars/Olympus'],
    ['worker', 'DATABASE_URL', 'mysql://localhost/zyklus'],
    ['api', 'DATABASE_URL', 'postgres://[bad/x'],
  ] as const)('the %s refuses a bad %s with one line naming it', (app, name, value) => {
    const result = runMain(app, { [name]: value });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${name} `));
  });

  it.each(['api', 'worker'] as const)(
    'the %s refuses production without DATABASE_URL with one line',
    (app) => {
      const result = runMain(app, {
        NODE_ENV: 'production',
        JWT_SECRET: 'a-long-random-secret-0123456789-abcdefghij',
        DATABASE_URL: '',
      });
      expect(result.status).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^Invalid configuration: DATABASE_URL must be set in production/),
      ]);
    },
  );

  it('the CLI makes the first admin, and promotes an existing person', async () => {
    const database = await createTestDatabase();
    const env = { DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(database.poolSize) };
    try {
      const args = ['create-admin', '--email', 'Anna@Example.org', '--name', 'Anna Admin'];
      const created = runMain('cli', env, args);
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      expect(created.stdout).toContain(
        'Created Anna Admin <anna@example.org> with roles ADMIN, PROGRAM_MANAGER.',
      );

      const again = runMain('cli', env, args);
      expect(again.status).toBe(0);
      expect(again.stdout).toContain('Updated Anna Admin <anna@example.org>');

      const dataSource = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      try {
        const rows: { email: string; roles: string[] }[] = await dataSource.query(
          'SELECT email, roles FROM person',
        );
        expect(rows).toEqual([{ email: 'anna@example.org', roles: ['ADMIN', 'PROGRAM_MANAGER'] }]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await database.drop();
    }
  });

  it('the CLI explains its usage on bad arguments', () => {
    const result = runMain('cli', {}, ['create-admin', '--email', 'kaputt']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--email needs an email address');
    expect(result.stderr).toContain('npm run cli -- create-admin --email <address>');
  });

  it('the worker boots on a migrated database without HTTP', async () => {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
    });
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    try {
      expect(await worker.get(DataSource).showMigrations()).toBe(false);
    } finally {
      await worker.close();
      await database.drop();
    }
  });
});
