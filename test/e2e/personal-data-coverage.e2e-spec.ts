import { PersonalDataRegistry } from '@zyklus/privacy';
import { DataSource } from 'typeorm';
import { TestApp } from '../support/test-app';

const README = 'README.md, section "Personal data in a new context"';

/**
 * Every entity that refers to a person (a relation to `person`, a column named `…person_id`, or
 * a foreign key to `person` in the database) must be covered by a registered personal-data context, which exports and erases it (DESIGN
 * §6). Derived from TypeORM's metadata of the running api, so a new entity cannot slip through.
 */
describe('personal data: every entity with a person reference has an exporter and an eraser', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('finds a context for each of them', () => {
    const covered = t.app.get(PersonalDataRegistry).coveredTables();
    const missing: string[] = [];
    for (const entity of t.app.get(DataSource).entityMetadatas) {
      const references = [
        ...entity.relations
          .filter((r) => r.inverseEntityMetadata.tableName === 'person')
          .map((r) => r.joinColumns.map((c) => c.databaseName).join(', ') || r.propertyName),
        ...entity.columns
          .filter((c) => /(^|_)person_id$/.test(c.databaseName))
          .map((c) => c.databaseName),
      ];
      if (entity.tableName === 'person') references.push('(the person itself)');
      if (!references.length || covered.has(entity.tableName)) continue;
      missing.push(
        `${entity.name} (table ${entity.tableName}) refers to a person (${[...new Set(references)].join(', ')}) ` +
          `but no @PersonalDataContext() lists it in \`covers\`, so it has no exporter and no eraser. ` +
          `Add it to your library's personal-data context — see ${README}.`,
      );
    }
    expect(missing).toEqual([]);
  });

  it('finds a context for every table with a foreign key to person, also one only a migration made', async () => {
    const covered = t.app.get(PersonalDataRegistry).coveredTables();
    const rows = await t.app.get(DataSource).query<{ table: string; key: string }[]>(
      `SELECT conrelid::regclass::text AS table, conname AS key FROM pg_constraint
        WHERE contype = 'f' AND confrelid = 'person'::regclass ORDER BY 1, 2`,
    );
    const missing = rows
      .filter((row) => !covered.has(row.table.replace(/^"|"$/g, '')))
      .map(
        (row) =>
          `Table ${row.table} refers to a person (foreign key ${row.key}) but no @PersonalDataContext() ` +
          `covers it, so it has no exporter and no eraser — see ${README}.`,
      );
    expect(missing).toEqual([]);
  });

  it('has one context per library that stores personal data, each with its retention rules', () => {
    const registry = t.app.get(PersonalDataRegistry);
    expect(registry.all().map((c) => c.context)).toEqual(
      expect.arrayContaining([
        'cohorts',
        'identity',
        'local-cycles',
        'peer-rounds',
        'privacy',
        'reminders',
        'workshops',
      ]),
    );
    expect(registry.retentionRules().map((r) => r.rule.dataClass)).toEqual(
      expect.arrayContaining([
        'SIGN_IN_LINKS',
        'REMINDER_ERROR_TEXTS',
        'EXPORT_ARCHIVES',
        'AUDIT_LOG',
        'PEER_ROUND_MINUTES',
        'PEER_CASE_TEXTS',
        'INITIATIVE_CONTACTS',
      ]),
    );
  });
});
