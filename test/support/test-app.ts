import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@zyklus/config';
import { StatementCounter } from '@zyklus/database';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApi } from '../../apps/api/src/bootstrap';
import { Given } from './given';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: {
      code?: string;
      fields?: { field: string; message: string }[];
      stacktrace?: unknown;
    };
  }[];
}

/** The real API on its own fresh database, driven over HTTP. */
export class TestApp {
  readonly given: Given;
  readonly statements: StatementCounter;

  private constructor(
    readonly app: INestApplication,
    readonly database: TestDatabase,
  ) {
    this.given = new Given(app.get(DataSource));
    this.statements = app.get(StatementCounter);
  }

  static async start(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
      SEED_DEMO_DATA: 'false',
      ...env,
    });
    const app = await createApi(config, false);
    await app.init();
    return new TestApp(app, database);
  }

  http() {
    return request(this.app.getHttpServer());
  }

  /** Posts a GraphQL document as a browser would (JSON, so CSRF prevention lets it through). */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLAnswer<T>> {
    const response = await this.http()
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...headers })
      .send({ query, variables });
    return { status: response.status, ...(response.body as Omit<GraphQLAnswer<T>, 'status'>) };
  }

  /** Like `gql`, but fails the test on any error and returns the data. */
  async data<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const answer = await this.gql<T>(query, variables);
    if (answer.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors, null, 2)}`);
    }
    return answer.data as T;
  }

  /** The number of SQL statements `work` caused. */
  async countStatements(work: () => Promise<unknown>): Promise<number> {
    return (await this.statements.measure(work)).statements;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
  }
}
