import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrations } from '../data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';

describe('the embedded PostgreSQL (PGlite)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'zyklus-pglite-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('runs the real migrations and keeps the data across restarts', async () => {
    const first = await startEmbeddedPostgres({ dataDir });
    const before = await new DataSource(
      dataSourceOptions({ url: first.url, poolSize: 1 }),
    ).initialize();
    expect(await runMigrations(before)).not.toHaveLength(0);
    await before.query(
      `INSERT INTO programme (name, time_zone) VALUES ('MINT-Qualitätsoffensive', 'Europe/Berlin')`,
    );
    await before.destroy();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    const after = await new DataSource(
      dataSourceOptions({ url: second.url, poolSize: 1 }),
    ).initialize();
    try {
      expect(await runMigrations(after)).toEqual([]);
      const rows: { name: string }[] = await after.query('SELECT name FROM programme');
      expect(rows).toEqual([{ name: 'MINT-Qualitätsoffensive' }]);
      await expect(startEmbeddedPostgres({ dataDir })).rejects.toThrow(/in use by process/);
    } finally {
      await after.destroy();
      await second.stop();
    }
  }, 120_000); // migrates and restarts the engine twice: slow on a loaded machine
});
