import { Bundesland, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { RetentionJob } from '@zyklus/privacy';
import { DataSource } from 'typeorm';
import { TestApp } from '../../support/test-app';
import { LOCAL_TEMPLATE, Q } from './local-cycle-scenario';

const PREVIEW = `query { retentionPreview { dataClass count } }`;
const RULES = `query { retentionRules { dataClass days perProgramme } }`;

interface Contact {
  name: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_consent_on: string | null;
  unsubscribe_token: string;
}

/**
 * Retention of initiative contacts (DESIGN §6): the contact person is removed 24 months after
 * the initiative's last enrolment, on the test clock — exactly those due, nothing else.
 */
describe('retention of initiative contacts', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await TestApp.start();
    t.clock.set('2025-03-01T09:00:00Z');
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  const manager = async () => t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
  const countOf = async (dataClass: string) =>
    ((await (await manager()).data(PREVIEW)).retentionPreview as any[]).find(
      (r) => r.dataClass === dataClass,
    ).count as number;

  it('removes the contact person 24 months after the initiative’s last enrolment, not while a cycle is running, and keeps the ledger rows without error texts', async () => {
    const pm = await manager();
    const { retentionRules } = await pm.data(RULES);
    expect(retentionRules).toContainEqual({
      dataClass: 'INITIATIVE_CONTACTS',
      days: 730,
      perProgramme: true,
    });
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2025-03-03',
      endDate: '2026-02-27',
      status: CohortStatus.RUNNING,
    });
    await pm.data(Q.setTemplate, { input: { programmeId: programme.id, steps: LOCAL_TEMPLATE } });
    const network = async () => {
      const made = await t.given.coordinatorIn(
        cohort,
        ParticipationStatus.ACTIVE,
        {},
        { bundesland: Bundesland.BAYERN },
      );
      const c = await t.as(made.person);
      const { planLocalCycle } = await c.data(Q.plan, {
        input: { participationId: made.participation.id, startDate: '2025-04-07' },
      });
      const add = async (name: string, withContact = true) =>
        (
          await c.data(Q.addInitiative, {
            input: {
              networkId: made.network.id,
              name,
              kind: 'VEREIN',
              city: 'Landshut',
              ...(withContact
                ? {
                    contact: {
                      name: `Kontakt ${name}`,
                      email: `${name.toLowerCase()}@example.org`,
                      consentOn: '2025-02-20',
                    },
                  }
                : {}),
            },
          })
        ).addInitiative.id as string;
      return { c, cycle: planLocalCycle, add };
    };
    const done = await network();
    const alt = await done.add('Alt');
    const neu = await done.add('Neu');
    const nie = await done.add('Nie');
    const ohne = await done.add('Ohne', false);
    await done.c.data(Q.enrol, {
      input: { localCycleId: done.cycle.id, initiativeIds: [alt, neu, ohne] },
    });
    const running = await network();
    const laufend = await running.add('Laufend');
    await running.c.data(Q.enrol, {
      input: { localCycleId: running.cycle.id, initiativeIds: [laufend] },
    });
    // When things happened: the enrolments in March 2025, Neu's again in September; the first
    // cycle is over, the second still planned.
    await db.query(`UPDATE initiative SET created_at = '2025-03-01T09:00:00Z' WHERE id = ANY($1)`, [
      [alt, neu, nie, ohne, laufend],
    ]);
    await db.query(
      `UPDATE local_enrolment SET created_at = CASE WHEN initiative_id = $2 THEN timestamptz '2025-09-01T09:00:00Z'
                                                     ELSE timestamptz '2025-03-01T09:00:00Z' END
        WHERE initiative_id = ANY($1)`,
      [[alt, neu, ohne, laufend], neu],
    );
    await db.query(`UPDATE local_cycle SET status = 'COMPLETED' WHERE id = $1`, [done.cycle.id]);
    // A reminder Alt's contact was sent (its error text quotes the address) and one pending.
    const workshopId = done.cycle.workshops[0].id;
    await db.query(
      `INSERT INTO reminder (kind, event_kind, event_id, contact_id, due_at, next_attempt_at,
                             status, sent_at, last_error, occasion)
       VALUES ('REMINDER', 'LOCAL_WORKSHOP', $1, $2, '2025-04-05T12:00:00Z', '2025-04-05T12:00:00Z',
               'SENT', '2025-04-05T12:00:00Z', '451 mailbox alt@example.org full', 0),
              ('REMINDER', 'LOCAL_WORKSHOP', $1, $2, '2027-04-05T12:00:00Z', '2027-04-05T12:00:00Z',
               'PENDING', NULL, NULL, 1)`,
      [workshopId, alt],
    );

    // A day short of 24 months: nothing due.
    t.clock.set('2027-02-28T09:00:00Z');
    expect(await countOf('INITIATIVE_CONTACTS')).toBe(0);

    t.clock.set('2027-03-02T09:00:00Z');
    expect(await countOf('INITIATIVE_CONTACTS')).toBe(2);
    const job = t.app.get(RetentionJob);
    expect(await job.runToday()).toMatchObject({ INITIATIVE_CONTACTS: 2 });
    const contacts = async () =>
      Object.fromEntries(
        (
          await db.query<Contact[]>(
            `SELECT name, contact_name, contact_email, contact_consent_on, unsubscribe_token
               FROM initiative WHERE id = ANY($1)`,
            [[alt, neu, nie, ohne, laufend]],
          )
        ).map((r) => [r.name, r]),
      );
    const after = await contacts();
    for (const name of ['Alt', 'Nie', 'Ohne']) {
      expect(after[name]).toMatchObject({
        contact_name: null,
        contact_email: null,
        contact_consent_on: null,
      });
    }
    expect(after['Neu']).toMatchObject({ contact_email: 'neu@example.org' });
    expect(after['Laufend']).toMatchObject({ contact_email: 'laufend@example.org' });
    const ledger = await db.query(
      `SELECT status, reason, last_error FROM reminder WHERE contact_id = $1 ORDER BY occasion`,
      [alt],
    );
    expect(ledger).toEqual([
      { status: 'SENT', reason: null, last_error: null },
      { status: 'CANCELLED', reason: 'contact person removed (data protection)', last_error: null },
    ]);
    // The old unsubscribe link is gone with the contact.
    const old = await t.http().post(`/unsubscribe/${after['Alt']!.unsubscribe_token}`);
    expect(old.status).toBe(200);

    // Half a year later Neu's last enrolment is 24 months ago too.
    t.clock.set('2027-09-02T09:00:00Z');
    expect(await countOf('INITIATIVE_CONTACTS')).toBe(1);
    expect(await job.runToday()).toMatchObject({ INITIATIVE_CONTACTS: 1 });
    expect((await contacts())['Neu']).toMatchObject({ contact_email: null });
    expect((await contacts())['Laufend']).toMatchObject({ contact_email: 'laufend@example.org' });
  });
});
