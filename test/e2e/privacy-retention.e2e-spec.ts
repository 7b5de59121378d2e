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

  it('is for program managers only', async () => {
    const coordinator = await t.as(await t.given.person());
    const answer = await coordinator.gql(PREVIEW);
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
