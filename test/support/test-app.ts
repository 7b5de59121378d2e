import { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Clock } from '@zyklus/common';
import { loadConfig } from '@zyklus/config';
import { StatementCounter } from '@zyklus/database';
import { AccessTokenService, PersonEntity, Role } from '@zyklus/identity';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../apps/api/src/app.module';
import { hardenHttp } from '../../apps/api/src/http/http-hardening';
import { Given } from './given';
import { GraphQLClient } from './graphql-client';
import { TestClock } from './test-clock';
import { createTestDatabase, TestDatabase } from './test-database';

export type { GraphQLAnswer } from './graphql-client';

/** A plain HTTP answer with its body's raw bytes (e.g. a CSV with BOM). */
export interface Download {
  status: number;
  headers: Record<string, string>;
  bytes: Buffer;
  text: string;
}

/**
 * The real API on its own fresh database, driven over HTTP, with a clock the test sets.
 * Mails go to a temporary outbox unless `SMTP_URL` points at a test SMTP server.
 */
export class TestApp {
  readonly given: Given;
  readonly statements: StatementCounter;
  /** No token: what anyone on the internet can do. */
  readonly anonymous: GraphQLClient;
  private managerClient?: GraphQLClient;

  private constructor(
    readonly app: INestApplication,
    readonly database: TestDatabase,
    readonly clock: TestClock,
    readonly outboxDir: string,
  ) {
    this.given = new Given(app.get(DataSource));
    this.statements = app.get(StatementCounter);
    this.anonymous = new GraphQLClient(app);
  }

  /**
   * `modules`: more modules for the app, e.g. a test-only kind of event with its adapter.
   * `options.databaseUrl` lets a test route the app's connections elsewhere, e.g. through a
   * proxy it can freeze.
   */
  static async start(
    env: NodeJS.ProcessEnv = {},
    clock = new TestClock(),
    modules: Type[] = [],
    options: { databaseUrl?: (url: string) => string } = {},
  ): Promise<TestApp> {
    const database = await createTestDatabase();
    const outboxDir = mkdtempSync(join(tmpdir(), 'zyklus-outbox-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: options.databaseUrl ? options.databaseUrl(database.url) : database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
      SEED_DEMO_DATA: 'false',
      // Tests tick the reminder dispatcher themselves, with the clock they set.
      SCHEDULER_ENABLED: 'false',
      MAIL_OUTBOX_DIR: outboxDir,
      JWT_SECRET: 'test-secret-that-is-long-enough-for-the-check',
      // Tests sign in and out a lot from one address; one test proves the limit with its own.
      ANONYMOUS_RATE_LIMIT: '100000/1m',
      ...env,
    });
    const module = await Test.createTestingModule({
      imports: [AppModule.forRoot(config), ...modules],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    const app = module.createNestApplication({ logger: false });
    hardenHttp(app, config);
    app.enableShutdownHooks();
    await app.init();
    return new TestApp(app, database, clock, outboxDir);
  }

  http() {
    return request(this.app.getHttpServer());
  }

  /** A client signed in as `person` (token issued directly; the sign-in flow has its own tests). */
  async as(person: PersonEntity): Promise<GraphQLClient> {
    const { token } = await this.app.get(AccessTokenService).issue(person.id);
    return new GraphQLClient(this.app, { authorization: `Bearer ${token}` });
  }

  /** A bearer token for `person`, for plain HTTP routes (exports, feeds). */
  async tokenFor(person: PersonEntity): Promise<string> {
    return (await this.app.get(AccessTokenService).issue(person.id)).token;
  }

  /** GETs `path`, keeping the body's raw bytes (BOMs included). */
  async download(path: string, headers: Record<string, string> = {}): Promise<Download> {
    const response = await this.http()
      .get(path)
      .set(headers)
      .buffer(true)
      .parse((res, callback) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    const bytes = response.body as Buffer;
    return {
      status: response.status,
      headers: response.headers,
      bytes,
      text: bytes.toString('utf8'),
    };
  }

  /** A program manager of this app, made on first use. */
  async manager(): Promise<GraphQLClient> {
    this.managerClient ??= await this.as(
      await this.given.person({ name: 'Petra Planer', roles: [Role.PROGRAM_MANAGER] }),
    );
    return this.managerClient;
  }

  /** The number of SQL statements `work` caused. */
  async countStatements(work: () => Promise<unknown>): Promise<number> {
    return (await this.statements.measure(work)).statements;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.database.drop();
    rmSync(this.outboxDir, { recursive: true, force: true });
  }
}
