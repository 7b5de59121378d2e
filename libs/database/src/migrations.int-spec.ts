import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  adminQuery,
  describeOnServer,
  ENV,
  withDatabase,
} from '../../../test/support/test-database';
import { dataSourceOptions, runMigrations } from './data-source-options';
import { MIGRATIONS } from './migrations';

// Several instances against one empty PostgreSQL server; the embedded engine has one session,
// so there the question cannot arise.
describeOnServer()('migrations at start-up', () => {
  const adminUrl = process.env[ENV.adminUrl]!;
  const name = `${process.env[ENV.prefix]}empty_${randomBytes(3).toString('hex')}`;

  beforeAll(() => adminQuery(adminUrl, `CREATE DATABASE "${name}"`));
  afterAll(() => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

  it('migrate an empty database once when two instances start together, and revert cleanly', async () => {
    const url = withDatabase(adminUrl, name);
    const instances = await Promise.all(
      [1, 2].map(() => new DataSource(dataSourceOptions({ url, poolSize: 2 })).initialize()),
    );
    try {
      const applied = await Promise.all(instances.map((dataSource) => runMigrations(dataSource)));
      expect(applied.map((names) => names.length).sort()).toEqual([0, MIGRATIONS.length]);

      const [dataSource] = instances as [DataSource, DataSource];
      for (let i = 0; i < MIGRATIONS.length; i++) await dataSource.undoLastMigration();
      const tables: { count: number }[] = await dataSource.query(
        `SELECT count(*) AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables[0]?.count).toBe(0);
    } finally {
      await Promise.all(instances.map((dataSource) => dataSource.destroy()));
    }
  });
});
