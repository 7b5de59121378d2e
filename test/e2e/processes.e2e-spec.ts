import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@zyklus/config';
import { ReminderDispatcher } from '@zyklus/reminders';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { HEARTBEAT_FILE, WorkerHeartbeat } from '../../apps/worker/src/worker-heartbeat';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { runMain } from '../support/run-main';
import { createTestDatabase } from '../support/test-database';

describe('starting the processes', () => {
  it.each([
    ['api', 'PORT', 'abc'],
    ['api', 'TZ', 'Mars/Olympus'],
    ['worker', 'DATABASE_URL', 'mysql://localhost/zyklus'],
    ['api', 'DATABASE_URL', 'postgres://[bad/x'],
  ] as const)('the %s refuses a bad %s with one line naming it', async (app, name, value) => {
    const result = await runMain(app, { [name]: value });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: ${name} `));
  });

  it.each(['api', 'worker'] as const)(
    'the %s refuses production without DATABASE_URL with one line',
    async (app) => {
      const result = await runMain(app, {
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
      const created = await runMain('cli', env, args);
      expect(created.stderr).toBe('');
      expect(created.status).toBe(0);
      expect(created.stdout).toContain(
        'Created Anna Admin <anna@example.org> with roles ADMIN, PROGRAM_MANAGER.',
      );

      const again = await runMain('cli', env, args);
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
  }, 120_000); // spawns the CLI several times

  it('the CLI explains its usage on bad arguments', async () => {
    const result = await runMain('cli', {}, ['create-admin', '--email', 'kaputt']);
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
      // The test ticks the dispatcher itself.
      SCHEDULER_ENABLED: 'false',
    });
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    try {
      expect(await worker.get(DataSource).showMigrations()).toBe(false);
      // After a tick the healthcheck's file says healthy for one tick (30 s) and 15 s.
      rmSync(HEARTBEAT_FILE, { force: true });
      worker.get(WorkerHeartbeat).beat();
      expect(existsSync(HEARTBEAT_FILE)).toBe(false);
      await worker.get(ReminderDispatcher).tick();
      worker.get(WorkerHeartbeat).beat();
      const healthyUntil = Date.parse(readFileSync(HEARTBEAT_FILE, 'utf8'));
      expect(healthyUntil - Date.now()).toBeGreaterThan(40_000);
      expect(healthyUntil - Date.now()).toBeLessThanOrEqual(45_000);
    } finally {
      await worker.close();
      await database.drop();
    }
  }, 120_000);
});
