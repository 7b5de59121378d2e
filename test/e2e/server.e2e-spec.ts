import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { TestApp } from '../support/test-app';

describe('the server', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('reports readiness with the database at /health', async () => {
    const response = await t.http().get('/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: {
        database: { status: 'up' },
        // Tests tick the dispatcher themselves: it is off, has not ticked, nothing is overdue.
        reminders: { status: 'up', dispatcher: 'off', lastTickAt: null, overduePending: 0 },
      },
    });
  });

  it('serves exactly the schema committed in schema.gql', () => {
    const running = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8');
    expect(`${running}\n`).toBe(committed);
  });

  it('has a database that the migrations made exactly as the entities describe it', async () => {
    const pending = await t.app.get(DataSource).driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('refuses a GET request that could be a cross-site request forgery', async () => {
    const response = await t.http().get('/graphql').query({ query: '{ programmes { id } }' });
    expect(response.status).toBe(400);
    expect(response.text).toContain('CSRF');
  });

  it('does not answer batched requests', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ programmes { id } }' }, { query: '{ programmes { id } }' }]);
    expect(response.status).toBe(400);
  });

  it('ran every migration and never synchronises the schema', async () => {
    const dataSource = t.app.get(DataSource);
    expect(dataSource.options.synchronize).toBe(false);
    expect(await dataSource.showMigrations()).toBe(false);
  });
});

describe('the server in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('hides internal errors: no stack trace, no SQL, a generic German message', async () => {
    // Break the table behind the cohort list: the query fails inside PostgreSQL.
    await t.app.get(DataSource).query('ALTER TABLE cohort RENAME COLUMN title TO title_gone');
    const answer = await (await t.manager()).gql('{ cohorts { nodes { title } } }');

    expect(answer.errors?.[0]?.extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
      reason: 'INTERNAL_SERVER_ERROR',
    });
    expect(answer.errors?.[0]?.message).toBe(
      'Interner Fehler. Bitte versuchen Sie es später noch einmal.',
    );
    expect(JSON.stringify(answer)).not.toMatch(/title_gone|SELECT|stacktrace|\.ts:/);
  });

  it('turns introspection off', async () => {
    const answer = await (await t.manager()).gql('{ __schema { queryType { name } } }');
    expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
