import { Bundesland, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../../support/graphql-client';
import { DOCS, ReminderHarness } from '../../support/reminder-scenario';
import { SmtpSink } from '../../support/smtp-sink';
import { TestApp } from '../../support/test-app';
import { LOCAL_TEMPLATE, Q } from './local-cycle-scenario';

const LEDGER = `query ($eventId: ID) {
  reminders(eventId: $eventId, first: 100) {
    nodes { kind status reason dueAt lastError recipient { name email } contact { id label } }
  }
}`;

interface Row {
  kind: string;
  status: string;
  reason: string | null;
  dueAt: string;
  recipient: { name: string; email: string | null } | null;
  contact: { id: string; label: string } | null;
}

const to = (mail: ParsedMail) => (mail.to && 'value' in mail.to ? mail.to.value[0]?.address : '');
const header = (mail: ParsedMail, key: string) => mail.headerLines.find((h) => h.key === key)?.line;

/**
 * Reminders of local workshops to initiatives' contact persons (no account): planned by the
 * programme's rules for the audience INITIATIVE_CONTACTS, kept in the ledger as contacts, and
 * sent through the same dispatcher — only with consent, with a one-click unsubscribe.
 */
describe('reminders of local workshops to initiative contacts', () => {
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

  /** A fresh program manager (tokens are issued at the test clock's time). */
  const manager = async () =>
    t.as(await t.given.person({ name: 'Paula Programm', roles: [Role.PROGRAM_MANAGER] }));
  const ledger = async (eventId: string) =>
    (await (await manager()).data(LEDGER, { eventId })).reminders.nodes as Row[];
  const contactRows = async (eventId: string) =>
    (await ledger(eventId)).filter((r) => r.contact !== null);

  /**
   * A running cohort whose programme reminds initiative contacts 2 days before a local workshop,
   * a coordinator with a planned local cycle, and initiatives with these contacts enrolled.
   */
  async function cycleWith(
    contacts: { name: string; email: string; consentOn: string | null; language?: string }[],
  ) {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2025-03-03',
      endDate: '2026-02-27',
      status: CohortStatus.RUNNING,
    });
    await pm.data(Q.setTemplate, { input: { programmeId: programme.id, steps: LOCAL_TEMPLATE } });
    await pm.data(DOCS.createRule, {
      input: {
        programmeId: programme.id,
        eventKind: 'LOCAL_WORKSHOP',
        audience: 'INITIATIVE_CONTACTS',
        offsetDays: -2,
      },
    });
    const made = await t.given.coordinatorIn(
      cohort,
      ParticipationStatus.ACTIVE,
      { name: 'Nora Netz' },
      { bundesland: Bundesland.BAYERN },
    );
    const c = await t.as(made.person);
    const ids: Record<string, string> = {};
    for (const contact of contacts) {
      const { addInitiative } = await c.data(Q.addInitiative, {
        input: {
          networkId: made.network.id,
          name: contact.name,
          kind: 'VEREIN',
          city: 'Landshut',
          contact: {
            name: `Kontakt ${contact.name}`,
            email: contact.email,
            consentOn: contact.consentOn,
            language: contact.language ?? 'DE',
          },
        },
      });
      ids[contact.name] = addInitiative.id;
    }
    const { planLocalCycle: cycle } = await c.data(Q.plan, {
      input: { participationId: made.participation.id, startDate: '2025-06-05' },
    });
    const { enrolInitiatives } = await c.data(Q.enrol, {
      input: { localCycleId: cycle.id, initiativeIds: Object.values(ids) },
    });
    const info = cycle.workshops[0];
    await c.data(Q.updateWorkshop, {
      input: { id: info.id, onlineUrl: 'https://meet.example.org/info' },
    });
    await c.data(Q.publish, { id: info.id });
    const enrolment = (name: string) =>
      enrolInitiatives.enrolments.find((e: any) => e.initiative.id === ids[name]).id as string;
    return { c, made, cycle, info, ids, enrolment };
  }

  it('reminds a consenting contact at the rule’s offset, once with two dispatchers, in their language, with the unsubscribe link and both headers; none without consent; the ledger shows whose contact, never the address', async () => {
    const { info, ids } = await cycleWith([
      {
        name: 'Sternwarte Landshut',
        email: 'stern@example.org',
        consentOn: '2025-02-20',
        language: 'EN',
      },
      { name: 'Robotik-Club', email: 'robo@example.org', consentOn: null },
    ]);
    // The invitation went out on publishing (ContactNotices), to the consenting contact only.
    expect(sink.messages.map(to)).toEqual(['stern@example.org']);
    sink.clear();

    const rows = await contactRows(info.id);
    expect(rows).toEqual([
      expect.objectContaining({
        kind: 'REMINDER',
        status: 'PENDING',
        recipient: null,
        contact: { id: ids['Sternwarte Landshut'], label: 'Sternwarte Landshut' },
      }),
    ]);
    const due = new Date(rows[0]!.dueAt);
    // 2 days before 5 June, at the workshop's time of day in Berlin.
    expect(due.toISOString().slice(0, 10)).toBe('2025-06-03');

    t.clock.set(new Date(due.getTime() - 60_000));
    await dispatcher.tick();
    expect(sink.messages).toEqual([]);

    t.clock.set(due);
    const other = harness.given.instance('second-dispatcher');
    await Promise.all([dispatcher.tick(), other.tick()]);
    await dispatcher.tick();
    expect(sink.messages.map(to)).toEqual(['stern@example.org']);
    const mail = sink.messages[0]!;
    expect(mail.subject).toBe('Reminder: Infoveranstaltung on 2025-06-05');
    expect(mail.text).toContain('as the contact of Sternwarte Landshut');
    // No account: no link into the web app, but a one-click unsubscribe (RFC 8058).
    expect(mail.text).not.toContain('/local-cycle/');
    const link = /https?:\/\/\S+\/unsubscribe\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')![0];
    expect(header(mail, 'list-unsubscribe')).toBe(`List-Unsubscribe: <${link}>`);
    expect(header(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mail.attachments.map((a) => a.contentType)).toContain('text/calendar');

    const answer = await (await manager()).gql(LEDGER, { eventId: info.id });
    const seen = JSON.stringify(answer);
    expect(seen).not.toContain('stern@example.org');
    expect(seen).not.toContain('Kontakt Sternwarte');
    expect((answer.data!.reminders.nodes as Row[]).filter((r) => r.contact)).toEqual([
      expect.objectContaining({
        status: 'SENT',
        contact: expect.objectContaining({ label: 'Sternwarte Landshut' }),
      }),
    ]);
    // Nothing ever for the contact without consent.
    expect(seen).not.toContain('Robotik-Club');
    expect(sink.messages.filter((m) => to(m) === 'robo@example.org')).toEqual([]);
  });

  it('moves the reminder when the workshop moves, and cancels it with the workshop', async () => {
    const { c, made, info } = await cycleWith([
      { name: 'Mitmach-Museum', email: 'museum@example.org', consentOn: '2025-02-20' },
    ]);
    const [before] = await contactRows(info.id);
    await c.data(Q.reschedule, {
      input: { id: info.id, days: [{ date: '2025-06-12', startTime: '14:00', endTime: '16:00' }] },
    });
    const [moved] = await contactRows(info.id);
    expect(moved).toMatchObject({ status: 'PENDING' });
    expect(new Date(moved!.dueAt).toISOString()).toBe('2025-06-10T12:00:00.000Z');
    expect(moved!.dueAt).not.toBe(before!.dueAt);
    sink.clear();

    // At the old time nothing goes out.
    t.clock.set(before!.dueAt);
    await dispatcher.tick();
    expect(sink.messages).toEqual([]);

    // Signed in anew: the clock moved past the first sign-in's token.
    const again = await t.as(made.person);
    await again.data(Q.cancel, { input: { id: info.id, reason: 'Raum nicht verfügbar' } });
    expect(await contactRows(info.id)).toEqual([
      expect.objectContaining({ status: 'CANCELLED', reason: 'event cancelled' }),
    ]);
    sink.clear();
    t.clock.set('2025-06-10T12:00:00Z');
    await dispatcher.tick();
    expect(sink.messages.filter((m) => to(m) === 'museum@example.org')).toEqual([]);
  });

  it('cancels the reminder of a withdrawn initiative, of a contact whose consent was withdrawn and of one who unsubscribed from the link, each with its reason', async () => {
    const { c, cycle, info, ids, enrolment } = await cycleWith([
      { name: 'Schülerlabor', email: 'labor@example.org', consentOn: '2025-02-20' },
      { name: 'Makerspace', email: 'maker@example.org', consentOn: '2025-02-20' },
      { name: 'Sternwarte', email: 'stern@example.org', consentOn: '2025-02-20' },
      { name: 'Schul-AG', email: 'ag@example.org', consentOn: '2025-02-20' },
    ]);
    const invitation = sink.messages.find((m) => to(m) === 'stern@example.org')!;
    expect((await contactRows(info.id)).map((r) => r.status)).toEqual([
      'PENDING',
      'PENDING',
      'PENDING',
      'PENDING',
    ]);

    await c.data(Q.setEnrolmentStatus, {
      input: {
        localCycleId: cycle.id,
        enrolmentIds: [enrolment('Schülerlabor')],
        status: 'WITHDRAWN',
      },
    });
    await c.data(Q.updateInitiative, {
      input: {
        id: ids['Makerspace'],
        contact: { name: 'Kontakt Makerspace', email: 'maker@example.org', consentOn: null },
      },
    });
    const link = /\/unsubscribe\/[A-Za-z0-9_-]+/.exec(invitation.text ?? '')![0];
    const post = await t.http().post(link).type('form').send('List-Unsubscribe=One-Click');
    expect(post.status).toBe(200);

    const left =
      'initiative withdrawn, or its contact person removed, without consent or unsubscribed';
    const byLabel = Object.fromEntries(
      (await contactRows(info.id)).map((r) => [r.contact!.label, [r.status, r.reason]]),
    );
    expect(byLabel).toEqual({
      Schülerlabor: ['CANCELLED', left],
      Makerspace: ['CANCELLED', left],
      Sternwarte: ['CANCELLED', left],
      'Schul-AG': ['PENDING', null],
    });

    sink.clear();
    t.clock.set('2025-06-03T12:00:00Z');
    await dispatcher.tick();
    expect(sink.messages.map(to)).toEqual(['ag@example.org']);
  });

  it('checks consent again as the mail leaves: a contact whose consent ended meanwhile gets nothing, and the row says why', async () => {
    const { info, ids } = await cycleWith([
      { name: 'Ausbildungswerkstatt', email: 'werkstatt@example.org', consentOn: '2025-02-20' },
    ]);
    const [row] = await contactRows(info.id);
    // Consent ends without the ledger being told (as if it happened while the row was claimed).
    await t.app
      .get(DataSource)
      .query(`UPDATE initiative SET contact_consent_on = NULL WHERE id = $1`, [
        ids['Ausbildungswerkstatt'],
      ]);
    sink.clear();
    t.clock.set(row!.dueAt);
    await dispatcher.tick();
    expect(sink.messages).toEqual([]);
    expect(await contactRows(info.id)).toEqual([
      expect.objectContaining({
        status: 'CANCELLED',
        reason: 'the contact has not agreed to mails (or unsubscribed)',
      }),
    ]);
  });
});
