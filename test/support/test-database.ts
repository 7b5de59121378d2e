import { dataSourceOptions, runMigrations, startEmbeddedPostgres } from '@zyklus/database';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/**
 * Where the tests' databases live. With a PostgreSQL server (TEST_DATABASE_URL, DATABASE_URL or
 * 127.0.0.1:5432) each test file gets a database cloned from a migrated template; without one,
 * each file gets its own embedded engine loaded from a migrated dump. Set by global-setup.ts.
 */
export const ENV = {
  mode: 'ZYKLUS_TEST_MODE',
  adminUrl: 'ZYKLUS_TEST_ADMIN_URL',
  template: 'ZYKLUS_TEST_TEMPLATE',
  dump: 'ZYKLUS_TEST_DUMP',
  prefix: 'ZYKLUS_TEST_PREFIX',
} as const;

/**
 * `describe` on a PostgreSQL server, `describe.skip` on the embedded engine: for tests of
 * several sessions at once (lock waits, concurrent start-ups), which the embedded engine's one
 * session cannot have.
 */
export const describeOnServer = (): jest.Describe =>
  process.env[ENV.mode] === 'server' ? describe : describe.skip;

export interface TestDatabase {
  url: string;
  /** The embedded engine serves one connection at a time. */
  poolSize: number;
  embedded: boolean;
  drop(): Promise<void>;
}

export function serverUrlCandidate(): string {
  return (
    process.env.TEST_DATABASE_URL ??
    process.env.DATABASE_URL ??
    'postgres://postgres@127.0.0.1:5432/postgres'
  );
}

/** `url` with its database name replaced. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Applies every migration to the database at `url`. */
export async function migrate(url: string, poolSize: number): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions({ url, poolSize })).initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env[ENV.mode] === 'embedded') {
    const dump = await readFile(process.env[ENV.dump]!);
    const engine = await startEmbeddedPostgres({ loadDataDir: new Blob([dump]) });
    return { url: engine.url, poolSize: 1, embedded: true, drop: () => engine.stop() };
  }
  const adminUrl = process.env[ENV.adminUrl];
  if (!adminUrl) throw new Error('Test databases are prepared by test/support/global-setup.ts');
  const name = `${process.env[ENV.prefix]}${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${process.env[ENV.template]}"`);
  return {
    url: withDatabase(adminUrl, name),
    poolSize: 5,
    embedded: false,
    drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
