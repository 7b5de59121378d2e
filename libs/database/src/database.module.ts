import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@zyklus/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from './data-source-options';
import { DatabaseEngine } from './database-engine';
import { StatementCounter } from './statement-counter';

/**
 * Migrations may run (and wait for another instance's migrations) longer than any request's
 * statement may: they get a connection of their own without the statement timeouts.
 */
async function migrateWithoutTimeouts(dataSource: DataSource): Promise<string[]> {
  const extra = (dataSource.options.extra ?? {}) as Record<string, unknown>;
  if (!extra.query_timeout) return runMigrations(dataSource);
  const { statement_timeout: _statement, query_timeout: _query, ...untimed } = extra;
  const migrator = await new DataSource({
    ...dataSource.options,
    extra: { ...untimed, max: 1 },
  }).initialize();
  try {
    return await runMigrations(migrator);
  } finally {
    await migrator.destroy();
  }
}

/**
 * The TypeORM connection for a process. Pending migrations run before anything else touches
 * the database; entities are registered by each library with `TypeOrmModule.forFeature`.
 */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(options: { applicationName: string }): DynamicModule {
    const logger = new Logger('Database');
    const counter = new StatementCounter((level, message) =>
      level === 'warn' ? logger.warn(message) : logger.log(message),
    );
    let engine: DatabaseEngine | undefined;
    const engineProvider = {
      provide: DatabaseEngine,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => (engine = await DatabaseEngine.start(config)),
    };
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          extraProviders: [engineProvider],
          inject: [DatabaseEngine, AppConfig],
          useFactory: (started: DatabaseEngine, config: AppConfig) => ({
            ...dataSourceOptions({
              url: started.url,
              poolSize: started.poolSize,
              logger: counter,
              applicationName: options.applicationName,
              connectTimeoutMs: config.database.connectTimeoutSeconds * 1000,
              // The embedded engine runs one statement at a time in this process: a timeout
              // there would abandon its only connection mid-answer.
              statementTimeoutMs: started.embedded
                ? undefined
                : config.database.statementTimeoutSeconds * 1000,
            }),
            autoLoadEntities: true,
            retryAttempts: 3,
          }),
          dataSourceFactory: async (dataSourceOptions) => {
            const dataSource = await new DataSource(dataSourceOptions!).initialize();
            engine?.closeWith(dataSource);
            const applied = await migrateWithoutTimeouts(dataSource);
            logger.log(
              applied.length
                ? `Applied ${applied.length} migration(s): ${applied.join(', ')}`
                : 'Schema is up to date',
            );
            return dataSource;
          },
        }),
      ],
      providers: [{ provide: StatementCounter, useValue: counter }],
      exports: [StatementCounter],
    };
  }
}
