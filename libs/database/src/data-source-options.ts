import { types } from 'pg';
import { DataSource, DataSourceOptions, Logger, MigrationExecutor } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Calendar dates stay strings ('2024-11-27'): parsing them into a JS Date at local midnight is
// how dates shift by a day. Counts (bigint) become numbers.
types.setTypeParser(types.builtins.DATE, (value) => value);
types.setTypeParser(types.builtins.INT8, (value) => Number(value));

export interface ConnectionSettings {
  url: string;
  /** Connections in the pool; the embedded engine has one backend, so it needs exactly one. */
  poolSize: number;
  logger?: Logger;
  applicationName?: string;
  /** The longest to wait for a connection: a new one, or a free one from a full pool. */
  connectTimeoutMs?: number;
  /**
   * The longest one statement may run. PostgreSQL cancels it after this (statement_timeout);
   * the client gives up a second later (query_timeout), so that a connection stalled on the
   * network (no answer at all, not even the cancellation) cannot hold a request forever.
   */
  statementTimeoutMs?: number;
}

/**
 * TypeORM options shared by the app, the migration CLI and the tests. Never `synchronize`:
 * the schema comes from the migrations alone.
 */
export function dataSourceOptions(settings: ConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logger: settings.logger,
    extra: {
      max: settings.poolSize,
      application_name: settings.applicationName ?? 'zyklus',
      ...(settings.connectTimeoutMs ? { connectionTimeoutMillis: settings.connectTimeoutMs } : {}),
      ...(settings.statementTimeoutMs
        ? {
            statement_timeout: settings.statementTimeoutMs,
            query_timeout: settings.statementTimeoutMs + 1000,
          }
        : {}),
    },
  };
}

/** Key of the advisory lock that serialises migrations between instances starting at once. */
const MIGRATION_LOCK = 74_2024_11;

/**
 * Runs pending migrations in one transaction while holding an advisory lock, so several
 * instances (api and worker) starting together migrate once. Lock and migrations share one
 * connection, which also suits the embedded engine's single-connection pool.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'all';
    const done = await executor.executePendingMigrations();
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
