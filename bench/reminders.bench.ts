/**
 * npm run bench:reminders — materialises 10,000 reminders and dispatches them to an SMTP server,
 * on a fresh PostgreSQL database (BENCH_DATABASE_URL, default the local server), with all
 * bookkeeping (claims, leases, attempts, outcomes with the SMTP message id). Prints reminders per
 * second, the SQL statements per batch and the load average, and fails unless every row ended
 * SENT with its message id and the server received every mail.
 *
 * In the same run it measures the raw ceiling: the very mails Zyklus sent (as the SMTP server
 * received them), sent again over the same number of connections of the same pool to the same
 * server, with no database and nothing to compose; and prints Zyklus's rate as a ratio of it.
 *
 * The dispatcher runs with the production defaults (REMINDER_BATCH_SIZE, SMTP_POOL_SIZE);
 * BENCH_BATCH_SIZE and BENCH_SMTP_POOL_SIZE try others. The SMTP server (smtp-server) runs in
 * this process, but on a worker thread: on a 2-core machine it takes the second core, as a mail
 * server on its own machine would; its CPU is not the dispatcher's.
 */
import 'reflect-metadata';
import 'tsconfig-paths/register';
import { Test } from '@nestjs/testing';
import { Clock, ClockModule } from '@zyklus/common';
import { ConfigModule, loadConfig } from '@zyklus/config';
import { DatabaseModule, StatementCounter } from '@zyklus/database';
import { MailModule } from '@zyklus/mail';
import {
  ReminderAnchor,
  ReminderDispatcher,
  ReminderPlanner,
  ReminderRuleEntity,
  RemindersModule,
  ReminderTemplate,
} from '@zyklus/reminders';
import { WORKSHOP_EVENT_KIND, WorkshopAudience, WorkshopsModule } from '@zyklus/workshops';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { DataSource } from 'typeorm';
// The pool itself, not a library's public face: the ceiling uses exactly what the Mailer uses.
import { SmtpPool } from '../libs/mail/src/smtp/smtp-pool';
import { adminQuery, migrate, withDatabase } from '../test/support/test-database';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 100);
const WORKSHOPS = Number(process.env.BENCH_WORKSHOPS ?? 100);

class BenchClock extends Clock {
  constructor(public current: Date) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
}

async function main(): Promise<void> {
  const server = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `zyklus_bench_${randomBytes(3).toString('hex')}`;
  await adminQuery(server, `CREATE DATABASE "${name}"`);
  const url = withDatabase(server, name);
  const loadBefore = loadavg().map((n) => n.toFixed(2));
  const smtp = await startSmtpSink();
  const port = smtp.port;
  try {
    await migrate(url, 2);
    const clock = new BenchClock(new Date('2030-01-02T08:00:00Z'));
    const config = loadConfig({
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(32).toString('base64url'),
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: '10',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      SMTP_POOL_SIZE: process.env.BENCH_SMTP_POOL_SIZE,
      SCHEDULER_ENABLED: 'false',
      LOG_LEVEL: 'warn',
      REMINDER_BATCH_SIZE: process.env.BENCH_BATCH_SIZE,
    });
    const module = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        MailModule,
        DatabaseModule.forRoot({ applicationName: 'zyklus-bench' }),
        RemindersModule,
        WorkshopsModule,
      ],
    })
      .overrideProvider(Clock)
      .useValue(clock)
      .compile();
    const app = module.createNestApplication({ logger: ['warn', 'error'] });
    await app.init();
    const dataSource = app.get(DataSource);
    const workshopIds = await seed(dataSource);

    const statements = app.get(StatementCounter);
    const planner = app.get(ReminderPlanner);
    const materialise = await timed(() =>
      statements.measure(() =>
        dataSource.transaction((manager) =>
          planner.materialise(manager, WORKSHOP_EVENT_KIND, workshopIds),
        ),
      ),
    );
    const count = await scalar(
      dataSource,
      `SELECT count(*)::int AS n FROM reminder WHERE status = 'PENDING'`,
    );

    // All due: a week before workshops in March 2030, now is 1 March.
    clock.current = new Date('2030-03-01T08:00:00Z');
    const dispatcher = app.get(ReminderDispatcher);
    let batches = 0;
    const dispatch = await timed(() =>
      statements.measure(async () => {
        for (;;) {
          const counts = await dispatcher.tick();
          batches += counts.batches;
          if (!counts.batches) break;
        }
      }),
    );
    const sent = await scalar(
      dataSource,
      `SELECT count(*)::int AS n FROM reminder
        WHERE status = 'SENT' AND message_id IS NOT NULL AND sent_at IS NOT NULL
          AND attempts = 1 AND claimed_by IS NULL AND claimed_until IS NULL`,
    );
    const received = smtp.received();
    await app.close();
    const mails = await smtp.captured();
    const ceiling = await timed(() =>
      sendRaw(mails, `smtp://127.0.0.1:${port}`, config.mail.smtpPoolSize),
    );
    const zyklusRate = (sent / dispatch.ms) * 1000;
    const ceilingRate = (mails.length / ceiling.ms) * 1000;
    const load = loadavg().map((n) => n.toFixed(2));
    console.log(
      [
        `reminders materialised: ${count} in ${materialise.ms.toFixed(0)} ms ` +
          `(${Math.round((count / materialise.ms) * 1000)}/s, ${materialise.result.statements} statements)`,
        `reminders dispatched:   ${sent} in ${dispatch.ms.toFixed(0)} ms ` +
          `(${Math.round((sent / dispatch.ms) * 1000)}/s) in ${batches} batches of ${config.reminders.batchSize}, ` +
          `${(dispatch.result.statements / Math.max(batches, 1)).toFixed(1)} SQL statements per batch, ` +
          `${config.mail.smtpPoolSize} SMTP connections`,
        `mails received by the SMTP server (worker thread): ${received}`,
        `raw ceiling:            ${mails.length} of the same mails in ${ceiling.ms.toFixed(0)} ms ` +
          `(${Math.round(ceilingRate)}/s) over ${config.mail.smtpPoolSize} connections of the same pool, ` +
          `no database`,
        `ratio to the ceiling:   ${(zyklusRate / ceilingRate).toFixed(2)}`,
        `load average before ${loadBefore.join(' ')}, after ${load.join(' ')} (${cpus().length} cores)`,
      ].join('\n'),
    );
    if (sent !== count || received < sent || mails.length !== received) process.exitCode = 1;
  } finally {
    await smtp.close();
    await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** A mail as the SMTP server received it, to be sent again as it is. */
interface RawMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
}

/**
 * An SMTP server in this process, on a worker thread (as a real mail server would run on its own
 * core), counting the mails it accepts and keeping each one's envelope and bytes (for the ceiling).
 */
async function startSmtpSink() {
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const worker = new Worker(
    `
    const { workerData, parentPort } = require('node:worker_threads');
    const { SMTPServer } = require('smtp-server');
    const counter = workerData.counter;
    let captured = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks = [];
        stream.on('data', (chunk) => chunks.push(chunk));
        stream.on('end', () => {
          captured.push({
            from: session.envelope.mailFrom.address,
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
          });
          Atomics.add(counter, 0, 1);
          callback();
        });
      },
    });
    parentPort.on('message', () => {
      // Hands the kept mails over and starts a new list: the server does the same work for the
      // ceiling's mails as for Zyklus's.
      const mails = captured;
      captured = [];
      parentPort.postMessage(mails);
    });
    server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.server.address().port));
    `,
    { eval: true, workerData: { counter } },
  );
  const port = await new Promise<number>((resolve) => worker.once('message', resolve));
  return {
    port,
    received: () => Atomics.load(counter, 0),
    /** The mails received since the last call (the server keeps every mail it receives). */
    captured: () =>
      new Promise<RawMail[]>((resolve) => {
        worker.once('message', (mails: { from: string; to: string[]; raw: Uint8Array }[]) =>
          resolve(
            mails.map((m) => ({
              envelope: { from: m.from, to: m.to },
              raw: Buffer.from(m.raw.buffer, m.raw.byteOffset, m.raw.byteLength),
            })),
          ),
        );
        worker.postMessage('captured');
      }),
    close: () => worker.terminate(),
  };
}

/** The raw ceiling: pre-built mails through the SMTP pool alone, all queued at once. */
async function sendRaw(mails: readonly RawMail[], url: string, size: number): Promise<void> {
  const pool = new SmtpPool({ url, size, timeoutMs: 20_000 });
  try {
    await Promise.all(mails.map((mail) => pool.send(mail.envelope, mail.raw)));
  } finally {
    pool.close();
  }
}

async function scalar(dataSource: DataSource, sql: string): Promise<number> {
  const [row] = await dataSource.query<{ n: number }[]>(sql);
  return row?.n ?? 0;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/** One programme, one cohort, PEOPLE coordinators taking part, WORKSHOPS published workshops. */
async function seed(dataSource: DataSource): Promise<string[]> {
  const programmeId = randomUUID();
  const cohortId = randomUUID();
  await dataSource.query(
    `INSERT INTO programme (id, name, time_zone, default_language) VALUES ($1, 'Bench', 'Europe/Berlin', 'de')`,
    [programmeId],
  );
  await dataSource.query(
    `INSERT INTO cohort (id, programme_id, number, title, start_date, end_date, capacity, status)
     VALUES ($1, $2, 1, 'Bench', '2030-01-01', '2030-12-31', $3, 'RUNNING')`,
    [cohortId, programmeId, PEOPLE],
  );
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    person: randomUUID(),
    network: randomUUID(),
    email: `bench${i}@example.org`,
  }));
  await dataSource.query(
    `INSERT INTO person (id, name, email, preferred_language, roles)
     SELECT p, 'Person ' || e, e, 'de', '{}' FROM unnest($1::uuid[], $2::varchar[]) AS t(p, e)`,
    [people.map((p) => p.person), people.map((p) => p.email)],
  );
  await dataSource.query(
    `INSERT INTO network (id, name, kind, bundesland, city)
     SELECT n, 'Netz ' || n, 'MINT_REGION', 'BAYERN', 'Bamberg' FROM unnest($1::uuid[]) AS t(n)`,
    [people.map((p) => p.network)],
  );
  await dataSource.query(
    `INSERT INTO coordination (network_id, person_id, start_date)
     SELECT n, p, '2029-01-01' FROM unnest($1::uuid[], $2::uuid[]) AS t(n, p)`,
    [people.map((p) => p.network), people.map((p) => p.person)],
  );
  await dataSource.query(
    `INSERT INTO participation (cohort_id, network_id, status)
     SELECT $1, n, 'ACTIVE' FROM unnest($2::uuid[]) AS t(n)`,
    [cohortId, people.map((p) => p.network)],
  );
  const workshopIds = Array.from({ length: WORKSHOPS }, () => randomUUID());
  await dataSource.query(
    `INSERT INTO workshop (id, cohort_id, kind, title, format, online_url, status)
     SELECT w, $1, 'OTHER', 'Workshop ' || i, 'ONLINE', 'https://meet.example.org/' || i, 'PUBLISHED'
       FROM unnest($2::uuid[]) WITH ORDINALITY AS t(w, i)`,
    [cohortId, workshopIds],
  );
  await dataSource.query(
    `INSERT INTO workshop_day (workshop_id, date, start_time, end_time)
     SELECT w, DATE '2030-03-04' + ((i - 1) % 5)::int, '09:00', '17:00'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS t(w, i)`,
    [workshopIds],
  );
  await dataSource.getRepository(ReminderRuleEntity).insert({
    programmeId,
    cohortId: null,
    replacesRuleId: null,
    eventKind: WORKSHOP_EVENT_KIND,
    audience: WorkshopAudience.PARTICIPANTS,
    anchor: ReminderAnchor.START,
    offsetDays: -7,
    offsetMinutes: 0,
    template: ReminderTemplate.REMINDER,
    enabled: true,
    effectiveFrom: new Date('2029-01-01T00:00:00Z'),
  });
  return workshopIds;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
