import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../data-source-options';

/**
 * The data source of the TypeORM CLI (`npm run migration:generate|run|revert|show`). It needs a
 * PostgreSQL server: DATABASE_URL, or the local one on 127.0.0.1:5432 (database zyklus_dev).
 */
export default new DataSource({
  ...dataSourceOptions({
    url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/zyklus_dev',
    poolSize: 1,
    applicationName: 'zyklus-migrations',
  }),
  entities: [`${__dirname}/../../../*/src/**/*.entity.ts`],
  logging: ['error', 'warn', 'migration'],
  logger: 'simple-console',
});
