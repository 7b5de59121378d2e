import { DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@zyklus/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from './data-source-options';
import { DatabaseEngine } from './database-engine';
import { StatementCounter } from './statement-counter';

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
          inject: [DatabaseEngine],
          useFactory: (started: DatabaseEngine) => ({
            ...dataSourceOptions({
              url: started.url,
              poolSize: started.poolSize,
              logger: counter,
              applicationName: options.applicationName,
            }),
            autoLoadEntities: true,
            retryAttempts: 3,
          }),
          dataSourceFactory: async (dataSourceOptions) => {
            const dataSource = await new DataSource(dataSourceOptions!).initialize();
            engine?.closeWith(dataSource);
            const applied = await runMigrations(dataSource);
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
