import { Bundesland, NetworkEntity, NetworkKind } from '@zyklus/cohorts';
import { dataSourceOptions, runMigrations, startEmbeddedPostgres } from '@zyklus/database';
import { DataSource } from 'typeorm';
import { createTestDatabase, TestDatabase } from '../../../../test/support/test-database';
import { DuplicateCheck, DuplicateMode } from './duplicate-check';
import { InitiativeEntity } from './initiative.entity';

/** A network with two initiatives, on the data source given. */
async function seed(dataSource: DataSource): Promise<string> {
  const [network] = await dataSource.query(
    `INSERT INTO network (name, kind, bundesland, city) VALUES ('MINT-Region Ostwürttemberg', $1, $2, 'Aalen') RETURNING id`,
    [NetworkKind.MINT_REGION, Bundesland.BADEN_WUERTTEMBERG],
  );
  for (const [name, city] of [
    ['Schülerlabor Ostalb e.V.', 'Aalen'],
    ['Sternwarte Schwäbisch Gmünd', 'Schwäbisch Gmünd'],
  ]) {
    await dataSource.query(
      `INSERT INTO initiative (network_id, name, kind, city, unsubscribe_token)
       VALUES ($1, $2, 'VEREIN', $3, md5(random()::text))`,
      [network.id, name, city],
    );
  }
  return network.id as string;
}

/** What the check finds for a few spellings, by mode. */
async function findings(dataSource: DataSource, networkId: string, mode?: DuplicateMode) {
  const check = new DuplicateCheck();
  const names = async (name: string, city: string) =>
    (await check.candidates(dataSource.manager, networkId, name, city, { mode })).map(
      (c) => c.name,
    );
  return {
    mode: mode ?? (await check.modeOf(dataSource.manager)),
    umlauts: await names('Schuelerlabor Ostalb', 'Aalen'),
    typo: await names('Schülerlabr Ostalb', 'Aalen'),
    cityTypo: await names('Sternwarte Schwäbisch Gmünd', 'Schwäbisch Gmund'),
    otherCity: await names('Schülerlabor Ostalb', 'Ellwangen'),
    other: await names('Robotik-AG', 'Aalen'),
  };
}

const found = ['Schülerlabor Ostalb e.V.'];

describe('the duplicate check of initiatives', () => {
  it('uses pg_trgm on the PostgreSQL of the tests, and the normalised fallback where asked', async () => {
    const database: TestDatabase = await createTestDatabase();
    const dataSource = await new DataSource({
      ...dataSourceOptions({ url: database.url, poolSize: database.poolSize }),
      entities: [InitiativeEntity, NetworkEntity],
    }).initialize();
    try {
      const networkId = await seed(dataSource);
      // Trigrams catch a typo; the normalised comparison catches spellings of umlauts only.
      expect(await findings(dataSource, networkId)).toEqual({
        mode: 'trigram',
        umlauts: found,
        typo: found,
        cityTypo: ['Sternwarte Schwäbisch Gmünd'],
        otherCity: [],
        other: [],
      });
      expect(await findings(dataSource, networkId, 'normalised')).toEqual({
        mode: 'normalised',
        umlauts: found,
        typo: [],
        cityTypo: [],
        otherCity: [],
        other: [],
      });
    } finally {
      await dataSource.destroy();
      await database.drop();
    }
  });

  it('uses pg_trgm on the embedded engine `npm start` runs on, after the same migrations', async () => {
    const engine = await startEmbeddedPostgres();
    const dataSource = await new DataSource({
      ...dataSourceOptions({ url: engine.url, poolSize: 1 }),
      entities: [InitiativeEntity, NetworkEntity],
    }).initialize();
    try {
      await runMigrations(dataSource);
      const networkId = await seed(dataSource);
      const result = await findings(dataSource, networkId);
      expect(result).toMatchObject({ mode: 'trigram', umlauts: found, typo: found, other: [] });
    } finally {
      await dataSource.destroy();
      await engine.stop();
    }
  }, 90_000); // the embedded engine boots and migrates: slow on a loaded machine
});
