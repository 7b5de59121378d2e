import { Role } from '@zyklus/identity';
import { RetentionJob } from '@zyklus/privacy';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const PREVIEW = `query { retentionPreview { dataClass count } }`;
const RULES = `query ($programmeId: ID) {
  retentionRules(programmeId: $programmeId) { dataClass days defaultDays perProgramme label from }
}`;
const SET = `mutation ($input: SetRetentionPeriodInput!) { setRetentionPeriod(input: $input) { dataClass days } }`;
const RUNS = `query { retentionRuns { day counts { dataClass count } } }`;

const countsOf = (rows: { dataClass: string; count: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.dataClass, r.count]));

describe('retention periods enforced daily (Art. 5(1)(e))', () => {
  let t: TestApp;
  let pm: GraphQLClient;
  let db: DataSource;

  beforeAll(async () => {
    t = await TestApp.start();
    t.clock.set('2025-06-01T08:00:00Z');
    pm = await t.manager();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('shows the rules with their defaults, and lets a programme keep ledger errors for less', async () => {
    const programme = await t.given.programme();
    const { retentionRules } = await pm.data(RULES, {});
    expect(
      countsOf(retentionRules.map((r: any) => ({ dataClass: r.dataClass, count: r.days }))),
    ).toMatchObject({
      SIGN_IN_LINKS: 1,
      REMINDER_ERROR_TEXTS: 365,
      EXPORT_ARCHIVES: 7,
      AUDIT_LOG: 1095,
      PEER_ROUND_MINUTES: 365,
      PEER_CASE_TEXTS: 365,
    });
    const set = await pm.data(SET, {
      input: { dataClass: 'REMINDER_ERROR_TEXTS', days: 30, programmeId: programme.id },
    });
    expect(set.setRetentionPeriod).toEqual({ dataClass: 'REMINDER_ERROR_TEXTS', days: 30 });
    const forIt = await pm.data(RULES, { programmeId: programme.id });
    expect(forIt.retentionRules.find((r: any) => r.dataClass === 'REMINDER_ERROR_TEXTS').days).toBe(
      30,
    );

    const wrong = await pm.gql(SET, {
      input: { dataClass: 'SIGN_IN_LINKS', days: 5, programmeId: programme.id },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_PER_PROGRAMME' });
    const unknown = await pm.gql(SET, { input: { dataClass: 'NOTES', days: 5 } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ reason: 'UNKNOWN_DATA_CLASS' });
    const tooLong = await pm.gql(SET, { input: { dataClass: 'AUDIT_LOG', days: 9999 } });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('deletes exactly what is due on the clock, once a day even with two instances, and logs counts', async () => {
    const person = await t.given.person();
    const now = t.clock.now().getTime();
    const hoursAgo = (h: number) => new Date(now - h * 3600_000);
    // Sign-in links: one expired 2 days ago (due), one 12 hours ago (not yet), one still valid.
    for (const [i, expires] of [hoursAgo(48), hoursAgo(12), hoursAgo(-1)].entries()) {
      await db.query(
        `INSERT INTO sign_in_token (person_id, token_hash, expires_at) VALUES ($1, $2, $3)`,
        [person.id, String(i).repeat(64), expires],
      );
    }
    // Audit entries: one older than 3 years (due), one younger.
    await db.query(
      `INSERT INTO privacy_audit_entry (at, action, subject_person_id) VALUES ($1, 'EXPORT_REQUESTED', $3), ($2, 'EXPORT_REQUESTED', $3)`,
      [hoursAgo(24 * 1096), hoursAgo(24 * 1094), person.id],
    );
    expect(countsOf((await pm.data(PREVIEW)).retentionPreview)).toMatchObject({
      SIGN_IN_LINKS: 1,
      AUDIT_LOG: 1,
      EXPORT_ARCHIVES: 0,
    });

    // Two instances at once: one run.
    const job = t.app.get(RetentionJob);
    const other = Object.assign(Object.create(RetentionJob.prototype) as RetentionJob, job);
    const [a, b] = await Promise.all([job.runToday(), other.runToday()]);
    const ran = [a, b].filter((x) => x !== null);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ SIGN_IN_LINKS: 1, AUDIT_LOG: 1 });
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM sign_in_token WHERE person_id = $1`,
      [person.id],
    );
    expect(n).toBe(2);
    expect(await job.runToday()).toBeNull(); // the same day again: nothing

    t.clock.advance({ days: 1 });
    expect(await job.runToday()).toMatchObject({ SIGN_IN_LINKS: 1, AUDIT_LOG: 0 });
    pm = await t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] })); // a fresh token
    const { retentionRuns } = await pm.data(RUNS);
    expect(retentionRuns.map((r: any) => r.day)).toEqual(['2025-06-02', '2025-06-01']);
    const log = await pm.data(
      `query { privacyAuditLog(first: 10) { action details { key value } } }`,
    );
    expect(log.privacyAuditLog.filter((e: any) => e.action === 'RETENTION_RUN')).toHaveLength(2);
  });

  it('removes peer-round minutes and case texts 12 months after the round, a programme’s own period first', async () => {
    const person = await t.given.person();
    const [usual, short] = [await t.given.programme(), await t.given.programme()];
    const fresh = await t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
    for (const dataClass of ['PEER_ROUND_MINUTES', 'PEER_CASE_TEXTS']) {
      await fresh.data(SET, { input: { dataClass, days: 200, programmeId: short.id } });
    }
    const daysAgo = (d: number) => new Date(t.clock.now().getTime() - d * 24 * 3600_000);
    const round = async (programmeId: string, endedDaysAgo: number) => {
      const [group] = await db.query(
        `INSERT INTO peer_group (programme_id, name, method) VALUES ($1, 'Runde', 'OPEN_EXCHANGE') RETURNING id`,
        [programmeId],
      );
      const ends = daysAgo(endedDaysAgo);
      const [row] = await db.query(
        `INSERT INTO peer_round (group_id, starts_at, ends_at, format, status)
         VALUES ($1, $2, $3, 'ONLINE', 'HELD') RETURNING id, group_id`,
        [group.id, new Date(ends.getTime() - 5400_000), ends],
      );
      await db.query(
        `INSERT INTO peer_round_minutes (round_id, text, written_by_id) VALUES ($1, $2, $3)`,
        [row.id, `Protokoll ${endedDaysAgo} Tage`, person.id],
      );
      return row as { id: string; group_id: string };
    };
    const insertCase = (
      r: { id: string; group_id: string },
      status: string,
      title: string,
      updated = daysAgo(0),
    ) =>
      db.query(
        `INSERT INTO peer_case (group_id, proposer_id, title, key_question, text, status, round_id, updated_at)
         VALUES ($1, $2, $3, 'Schlüsselfrage', 'Falltext', $4, $5, $6)`,
        [
          r.group_id,
          person.id,
          title,
          status,
          ['QUEUED', 'WITHDRAWN'].includes(status) ? null : r.id,
          updated,
        ],
      );
    const old = await round(usual.id, 366); // due
    const recent = await round(usual.id, 300); // not yet due
    const shortened = await round(short.id, 300); // due: its programme keeps 200 days
    await insertCase(old, 'DISCUSSED', 'alt');
    await insertCase(recent, 'DISCUSSED', 'neu');
    await insertCase(shortened, 'DISCUSSED', 'kurz');
    await insertCase(old, 'WITHDRAWN', 'zurückgezogen vor 400 Tagen', daysAgo(400));
    await insertCase(old, 'WITHDRAWN', 'zurückgezogen vor 30 Tagen', daysAgo(30));
    await insertCase(old, 'QUEUED', 'wartet seit 400 Tagen', daysAgo(400));

    expect(countsOf((await fresh.data(PREVIEW)).retentionPreview)).toMatchObject({
      PEER_ROUND_MINUTES: 2,
      PEER_CASE_TEXTS: 3,
    });
    t.clock.advance({ days: 1 });
    expect(await t.app.get(RetentionJob).runToday()).toMatchObject({
      PEER_ROUND_MINUTES: 2,
      PEER_CASE_TEXTS: 3,
    });
    expect(
      (
        await db.query(`SELECT text FROM peer_round_minutes WHERE written_by_id = $1`, [person.id])
      ).map((m: any) => m.text),
    ).toEqual(['Protokoll 300 Tage']);
    const cases = await db.query(
      `SELECT title, key_question, text, status FROM peer_case WHERE proposer_id = $1 ORDER BY updated_at, status`,
      [person.id],
    );
    const withTexts = cases.filter((c: any) => c.text !== null).map((c: any) => c.title);
    expect(withTexts.sort()).toEqual([
      'neu',
      'wartet seit 400 Tagen',
      'zurückgezogen vor 30 Tagen',
    ]);
    expect(cases.filter((c: any) => c.text === null)).toEqual([
      { title: 'Fall (Text entfernt)', key_question: '', text: null, status: 'WITHDRAWN' },
      { title: 'Fall (Text entfernt)', key_question: '', text: null, status: 'DISCUSSED' },
      { title: 'Fall (Text entfernt)', key_question: '', text: null, status: 'DISCUSSED' },
    ]);
    const later = await t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
    expect(countsOf((await later.data(PREVIEW)).retentionPreview)).toMatchObject({
      PEER_ROUND_MINUTES: 0,
      PEER_CASE_TEXTS: 0,
    });
  });

  it('is for program managers only', async () => {
    const coordinator = await t.as(await t.given.person());
    const answer = await coordinator.gql(PREVIEW);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
