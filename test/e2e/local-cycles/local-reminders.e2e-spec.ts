import { Bundesland, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { GraphQLClient } from '../../support/graphql-client';
import { DOCS, mailsOf, ReminderHarness } from '../../support/reminder-scenario';
import { SmtpSink } from '../../support/smtp-sink';
import { TestApp } from '../../support/test-app';
import { LOCAL_TEMPLATE, Q } from './local-cycle-scenario';

const LEDGER = `query ($kind: String, $eventId: ID) {
  reminders(eventKind: $kind, eventId: $eventId, first: 100) {
    nodes { status reason recipient { name } event { kind id title } }
  }
}`;

describe('reminders and nudges of the local cycle', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;
  let dispatcher: ReminderDispatcher;
  let harness: ReminderHarness;

  beforeAll(async () => {
    harness = await ReminderHarness.start();
    ({ sink, t, pm, dispatcher } = harness);
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.reset());

  /** A fresh program manager client (tokens are issued at the test clock's time). */
  const manager = async () =>
    t.as(await t.given.person({ name: 'Paula Programm', roles: [Role.PROGRAM_MANAGER] }));

  async function setting(rules: Record<string, unknown>[]) {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2025-03-03',
      endDate: '2026-02-27',
      status: CohortStatus.RUNNING,
    });
    await pm.data(Q.setTemplate, { input: { programmeId: programme.id, steps: LOCAL_TEMPLATE } });
    const network = async (name: string) => {
      const made = await t.given.coordinatorIn(
        cohort,
        ParticipationStatus.ACTIVE,
        { name },
        { bundesland: Bundesland.BAYERN, name: `Netz ${name}` },
      );
      return { ...made, client: await t.as(made.person) };
    };
    const addRules = async () => {
      for (const rule of rules) {
        await pm.data(DOCS.createRule, { input: { programmeId: programme.id, ...rule } });
      }
    };
    return { programme, cohort, network, addRules };
  }

  it('reminds the coordinator of a published local workshop, and tells them of its cancellation', async () => {
    const { network, addRules } = await setting([
      { eventKind: 'LOCAL_WORKSHOP', audience: 'COORDINATOR', offsetDays: -1 },
    ]);
    await addRules();
    const c = await network('Clara Koordinatorin');
    const { planLocalCycle: cycle } = await c.client.data(Q.plan, {
      input: { participationId: c.participation.id, startDate: '2025-06-05' },
    });
    const [info, intro] = cycle.workshops;
    await c.client.data(Q.updateWorkshop, {
      input: { id: info.id, onlineUrl: 'https://meet.example.org/info' },
    });
    await c.client.data(Q.publish, { id: info.id });
    await c.client.data(Q.updateWorkshop, { input: { id: intro.id, place: { name: 'Rathaus' } } });
    await c.client.data(Q.publish, { id: intro.id });
    await c.client.data(Q.cancel, { input: { id: intro.id, reason: 'Raum nicht verfügbar' } });
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(mailsOf(sink.messages)).toEqual([
      'Clara Koordinatorin: Abgesagt: Einführung in die Selbstanalyse am 20.06.2025',
    ]);
    sink.clear();

    t.clock.set('2025-06-04T12:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(mailsOf(sink.messages)).toEqual([
      'Clara Koordinatorin: Erinnerung: Infoveranstaltung am 05.06.2025',
    ]);
    const mail = sink.messages[0]!;
    expect(mail.text).toContain('Workshop vor Ort "Infoveranstaltung"');
    expect(mail.attachments.map((a) => a.contentType)).toContain('text/calendar');
    const { reminders } = await (await manager()).data(LEDGER, { kind: 'LOCAL_WORKSHOP' });
    expect(
      reminders.nodes.filter((r: any) => r.event.id === info.id).map((r: any) => r.status),
    ).toEqual(['SENT']);
  });

  it('nudges the coordinator 8 weeks and the program managers 12 weeks after the kick-off without a local cycle, and skips it once one is planned', async () => {
    const { network, addRules } = await setting([
      {
        eventKind: 'LOCAL_CYCLE_START',
        audience: 'COORDINATOR',
        template: 'NUDGE',
        nudge: 'NO_LOCAL_CYCLE',
        offsetDays: 56,
      },
      {
        eventKind: 'LOCAL_CYCLE_START',
        audience: 'PROGRAM_MANAGERS',
        template: 'NUDGE',
        nudge: 'NO_LOCAL_CYCLE',
        offsetDays: 84,
      },
    ]);
    const planned = await network('Paul Plan');
    await network('Lena Spät');
    await addRules();
    await planned.client.data(Q.plan, {
      input: { participationId: planned.participation.id, startDate: '2025-04-07' },
    });

    // 3 March + 56 days: 28 April, 09:00 in Berlin.
    t.clock.set('2025-04-28T08:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(mailsOf(sink.messages)).toEqual([
      'Lena Spät: Workshop-Zyklus vor Ort noch nicht geplant: Netz Lena Spät',
    ]);
    sink.clear();
    const ledger = async (eventId: string) =>
      (await (await manager()).data(LEDGER, { eventId })).reminders.nodes as any[];
    const toPaul = (await ledger(planned.participation.id)).filter(
      (r) => r.recipient.name === 'Paul Plan',
    );
    expect(toPaul).toEqual([
      expect.objectContaining({ status: 'SKIPPED', reason: 'local cycle planned' }),
    ]);

    // 12 weeks: every program manager hears of the network still without a local cycle.
    t.clock.set('2025-05-26T08:00:00Z');
    await dispatcher.tick();
    const subjects = new Set(sink.messages.map((m) => m.subject));
    expect([...subjects]).toEqual(['Workshop-Zyklus vor Ort noch nicht geplant: Netz Lena Spät']);
    expect(mailsOf(sink.messages)).toContain(
      'Petra Planer: Workshop-Zyklus vor Ort noch nicht geplant: Netz Lena Spät',
    );
  });

  it('nudges the coordinator about an initiative in the same phase for 30 days while the cycle runs, counting from its last change', async () => {
    const { network, addRules } = await setting([
      {
        eventKind: 'SELF_ANALYSIS_PHASE',
        audience: 'COORDINATOR',
        template: 'NUDGE',
        nudge: 'PHASE_STALLED',
        offsetDays: 30,
      },
    ]);
    await addRules();
    const c = await network('Mara Multiplikatorin');
    const ids: string[] = [];
    for (const name of ['Sternwarte Bamberg', 'Robotik-Club']) {
      const { addInitiative } = await c.client.data(Q.addInitiative, {
        input: { networkId: c.network.id, name, kind: 'VEREIN', city: 'Bamberg' },
      });
      ids.push(addInitiative.id);
    }
    const { planLocalCycle: cycle } = await c.client.data(Q.plan, {
      input: { participationId: c.participation.id, startDate: '2025-03-10' },
    });
    const { enrolInitiatives } = await c.client.data(Q.enrol, {
      input: { localCycleId: cycle.id, initiativeIds: ids },
    });
    await c.client.data(Q.updateWorkshop, {
      input: { id: cycle.workshops[0].id, onlineUrl: 'https://meet.example.org/info' },
    });
    await c.client.data(Q.publish, { id: cycle.workshops[0].id });
    const lively = enrolInitiatives.enrolments.find(
      (e: any) => e.initiative.name === 'Robotik-Club',
    );

    t.clock.set('2025-03-20T09:00:00Z');
    await (
      await t.as(c.person)
    ).data(Q.phase, { input: { enrolmentId: lively.id, phase: 'PREPARING' } });

    t.clock.set('2025-04-01T09:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(mailsOf(sink.messages)).toEqual([
      'Mara Multiplikatorin: Seit 30 Tagen in derselben Phase: Sternwarte Bamberg',
    ]);
    sink.clear();

    // The cycle completes before the lively one's 30 days are up: its nudge is skipped.
    await (await t.as(c.person)).data(Q.status, { input: { id: cycle.id, status: 'COMPLETED' } });
    t.clock.set('2025-04-20T09:00:00Z');
    await dispatcher.tick();
    expect(sink.messages).toHaveLength(0);
  });

  it('mails consenting initiative contacts only, with a one-click unsubscribe that works', async () => {
    const { network } = await setting([]);
    const c = await network('Nora Netz');
    const add = async (name: string, email: string, consentOn: string | null) =>
      (
        await c.client.data(Q.addInitiative, {
          input: {
            networkId: c.network.id,
            name,
            kind: 'VEREIN',
            city: 'Landshut',
            contact: { name: `Kontakt ${name}`, email, consentOn },
          },
        })
      ).addInitiative.id as string;
    const agreed = await add('Sternwarte Landshut', 'stern@example.org', '2025-02-20');
    const silent = await add('Robotik-Club', 'robo@example.org', null);
    const { planLocalCycle: cycle } = await c.client.data(Q.plan, {
      input: { participationId: c.participation.id, startDate: '2025-04-07' },
    });
    await c.client.data(Q.enrol, {
      input: { localCycleId: cycle.id, initiativeIds: [agreed, silent] },
    });
    const info = cycle.workshops[0];
    await c.client.data(Q.updateWorkshop, {
      input: { id: info.id, onlineUrl: 'https://meet.example.org/info' },
    });
    await c.client.data(Q.publish, { id: info.id });

    await sink.waitFor((m) => (m.subject ?? '').includes('Einladung'));
    expect(mailsOf(sink.messages)).toEqual([
      'Kontakt Sternwarte Landshut: Infoveranstaltung – Einladung von Netz Nora Netz',
    ]);
    const mail = sink.messages[0]!;
    const link = /\/unsubscribe\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')![0];
    const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line;
    expect(header('list-unsubscribe')).toMatch(new RegExp(`^List-Unsubscribe: <http.*${link}>$`));
    expect(header('list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mail.attachments.map((a) => a.contentType)).toContain('text/calendar');

    const noConsent = await c.client.gql(
      `mutation ($input: InviteContactsInput!) { inviteInitiativeContacts(input: $input) }`,
      { input: { localWorkshopId: info.id, initiativeIds: [agreed, silent] } },
    );
    expect(noConsent.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_CONSENT',
      fields: [expect.objectContaining({ field: 'initiativeIds.1' })],
    });
    expect(sink.messages).toHaveLength(1);

    // Opening the link shows a button (mail scanners must not unsubscribe anyone) …
    const page = await t.http().get(link);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<button type="submit">Abmelden</button>');
    // … the one-click POST (RFC 8058) ends the consent, without signing in.
    const post = await t.http().post(link).type('form').send('List-Unsubscribe=One-Click');
    expect(post.status).toBe(200);
    const { initiatives } = await c.client.data(
      `query ($networkId: ID!) { initiatives(networkId: $networkId) { name contact { consentOn } } }`,
      { networkId: c.network.id },
    );
    expect(initiatives.map((i: any) => [i.name, i.contact.consentOn])).toEqual([
      ['Robotik-Club', null],
      ['Sternwarte Landshut', null],
    ]);

    sink.clear();
    await c.client.data(Q.cancel, { input: { id: info.id, reason: 'Krankheit' } });
    const again = await c.client.gql(
      `mutation ($input: InviteContactsInput!) { inviteInitiativeContacts(input: $input) }`,
      { input: { localWorkshopId: info.id, initiativeIds: [agreed] } },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sink.messages.filter((m) => JSON.stringify(m.to).includes('stern@'))).toEqual([]);
  });
});
