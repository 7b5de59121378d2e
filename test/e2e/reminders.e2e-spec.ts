import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { ReminderDispatcher } from '@zyklus/reminders';
import { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const CREATE_RULE = `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`;
const CREATE_WORKSHOP = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const RESCHEDULE = `mutation ($input: RescheduleWorkshopInput!) { rescheduleWorkshop(input: $input) { sequence } }`;
const CANCEL = `mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { status } }`;
const WITHDRAW = `mutation ($input: WithdrawParticipationInput!) { withdrawParticipation(input: $input) { status } }`;
const LEDGER = `query ($eventId: ID, $status: [ReminderStatus!]) {
  reminders(eventId: $eventId, status: $status, first: 100) {
    totalCount
    nodes { id kind status dueAt attempts reason lastError messageId recipient { name } rule { offsetDays } }
  }
}`;

interface Row {
  id: string;
  kind: string;
  status: string;
  dueAt: string;
  attempts: number;
  reason: string | null;
  lastError: string | null;
  messageId: string | null;
  recipient: { name: string } | null;
  rule: { offsetDays: number } | null;
}

/** The .ics attached to a mail, as text. */
function calendarOf(mail: ParsedMail): string {
  const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!ics) throw new Error(`No calendar in "${mail.subject}"`);
  return ics.content.toString('utf8');
}

describe('reminders: rules, ledger, dispatcher, notices', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;
  let dispatcher: ReminderDispatcher;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({
      SMTP_URL: sink.url,
      REMINDER_RETRY_BASE: '1m',
      REMINDER_MAX_ATTEMPTS: '3',
      REMINDER_LEASE: '5m',
    });
    pm = await t.manager();
    dispatcher = t.app.get(ReminderDispatcher);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });
  beforeEach(async () => {
    // Each test plans its own workshop in the same weeks: earlier tests' reminders stand down.
    await t.app
      .get(DataSource)
      .query(
        `UPDATE reminder SET status = 'CANCELLED', reason = 'test done' WHERE status = 'PENDING'`,
      );
    sink.clear();
    t.clock.set('2025-03-01T09:00:00Z');
  });

  /**
   * A running cohort with two active coordinators, the programme's default rules (7 days and
   * 1 day before the start) and a published one-day workshop on Monday 31 March 2025, 09:00
   * Berlin time: the week in which the clocks go forward.
   */
  async function scenario(date = '2025-03-31') {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const anna = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Anna Alt',
    });
    const ben = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, {
      name: 'Ben Brandt',
    });
    for (const offsetDays of [-7, -1]) {
      await pm.data(CREATE_RULE, { input: { programmeId: programme.id, offsetDays } });
    }
    const { createWorkshop } = await pm.data(CREATE_WORKSHOP, {
      input: {
        cohortId: cohort.id,
        kind: 'WIRKUNGSMESSUNG',
        title: 'Wirkungsmessung',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/wirkungsmessung',
        days: [{ date, startTime: '09:00', endTime: '16:00' }],
      },
    });
    await pm.data(PUBLISH, { id: createWorkshop.id });
    return { programme, cohort, anna, ben, workshopId: createWorkshop.id as string };
  }

  async function ledger(eventId: string): Promise<Row[]> {
    return (await pm.data(LEDGER, { eventId })).reminders.nodes as Row[];
  }

  it('materialises one reminder per rule and person at publication, in Berlin time across the DST change', async () => {
    const { workshopId } = await scenario();
    const rows = await ledger(workshopId);
    expect(
      rows.map((r) => [r.recipient?.name, r.rule?.offsetDays, r.status, r.dueAt]).sort(),
    ).toEqual(
      [
        // 7 days before 09:00 local: Monday 24 March, winter time (08:00Z).
        ['Anna Alt', -7, 'PENDING', '2025-03-24T08:00:00.000Z'],
        // 1 day before 09:00 local: Sunday 30 March, already summer time (07:00Z).
        ['Anna Alt', -1, 'PENDING', '2025-03-30T07:00:00.000Z'],
        ['Ben Brandt', -7, 'PENDING', '2025-03-24T08:00:00.000Z'],
        ['Ben Brandt', -1, 'PENDING', '2025-03-30T07:00:00.000Z'],
      ].sort(),
    );
  });

  it('sends each reminder once, when due, in German with the workshop as .ics', async () => {
    const { workshopId } = await scenario();
    expect((await dispatcher.tick()).sent).toBe(0);

    t.clock.set('2025-03-24T08:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 2, failed: 0 });
    expect(sink.messages.map((m) => (m.to && 'text' in m.to ? m.to.text : '')).sort()).toEqual([
      expect.stringContaining('Anna Alt'),
      expect.stringContaining('Ben Brandt'),
    ]);
    const mail = sink.messages[0]!;
    expect(mail.subject).toContain('Wirkungsmessung');
    expect(mail.text).toContain('https://meet.example.org/wirkungsmessung');
    const ics = calendarOf(mail);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:workshop-${workshopId}@zyklus`);
    expect(ics).toContain('SEQUENCE:0');

    expect((await dispatcher.tick()).sent).toBe(0);
    t.clock.set('2025-03-30T07:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(sink.messages).toHaveLength(4);
    const rows = await ledger(workshopId);
    expect(rows.every((r) => r.status === 'SENT' && r.messageId)).toBe(true);
  });

  it('moves pending reminders when rescheduled, and sends a change notice to people already reminded', async () => {
    const { workshopId } = await scenario();
    t.clock.set('2025-03-24T08:00:00Z');
    await dispatcher.tick();
    sink.clear();

    t.clock.set('2025-03-25T10:00:00Z');
    const { rescheduleWorkshop } = await pm.data(RESCHEDULE, {
      input: {
        id: workshopId,
        days: [{ date: '2025-04-07', startTime: '10:00', endTime: '15:00' }],
      },
    });
    expect(rescheduleWorkshop.sequence).toBe(1);
    const rows = await ledger(workshopId);
    expect(
      rows
        .filter((r) => r.kind === 'REMINDER')
        .map((r) => [r.rule?.offsetDays, r.status, r.dueAt])
        .sort(),
    ).toEqual([
      [-1, 'PENDING', '2025-04-06T08:00:00.000Z'],
      [-1, 'PENDING', '2025-04-06T08:00:00.000Z'],
      // Already sent for the old date: stays as it was, no second 7-day reminder.
      [-7, 'SENT', '2025-03-24T08:00:00.000Z'],
      [-7, 'SENT', '2025-03-24T08:00:00.000Z'],
    ]);
    expect(rows.filter((r) => r.kind === 'CHANGE_NOTICE')).toHaveLength(2);

    expect((await dispatcher.tick()).sent).toBe(2);
    const notice = sink.messages[0]!;
    expect(notice.subject).toBe('Geändert: Wirkungsmessung am 07.04.2025');
    expect(notice.text).toContain('Montag, 7. April 2025, 10:00–15:00 Uhr');
    expect(notice.text).toContain('Bisher: Montag, 31. März 2025, 09:00–16:00 Uhr');
    const ics = calendarOf(notice);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain('SEQUENCE:1');

    // Nothing goes out for the old date any more.
    t.clock.set('2025-03-30T07:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('reschedules quietly before anyone was reminded: no notice, just new due times', async () => {
    const { workshopId } = await scenario();
    await pm.data(RESCHEDULE, {
      input: {
        id: workshopId,
        days: [{ date: '2025-04-14', startTime: '09:00', endTime: '16:00' }],
      },
    });
    const rows = await ledger(workshopId);
    expect(rows.filter((r) => r.kind !== 'REMINDER')).toEqual([]);
    expect(new Set(rows.map((r) => r.dueAt))).toEqual(
      new Set(['2025-04-07T07:00:00.000Z', '2025-04-13T07:00:00.000Z']),
    );
  });

  it('cancels pending reminders with the reason and sends participants a cancellation (METHOD:CANCEL)', async () => {
    const { workshopId } = await scenario();
    await pm.data(CANCEL, { input: { id: workshopId, reason: 'Referentin erkrankt' } });

    const rows = await ledger(workshopId);
    expect(rows.filter((r) => r.kind === 'REMINDER').map((r) => [r.status, r.reason])).toEqual(
      Array(4).fill(['CANCELLED', 'event cancelled']),
    );
    expect((await dispatcher.tick()).sent).toBe(2);
    const mail = sink.messages[0]!;
    expect(mail.text).toContain('Referentin erkrankt');
    const ics = calendarOf(mail);
    expect(ics).toContain('METHOD:CANCEL');
    expect(ics).toContain('STATUS:CANCELLED');

    t.clock.set('2025-03-30T07:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('sends a withdrawn participant nothing more', async () => {
    const { workshopId, anna } = await scenario();
    await pm.data(WITHDRAW, { input: { id: anna.participation.id, reason: 'Stelle unbesetzt' } });

    const rows = await ledger(workshopId);
    const annas = rows.filter((r) => r.recipient?.name === 'Anna Alt');
    expect(annas.map((r) => [r.status, r.reason])).toEqual([
      ['CANCELLED', 'participant withdrew or no longer coordinates the network'],
      ['CANCELLED', 'participant withdrew or no longer coordinates the network'],
    ]);
    t.clock.set('2025-03-30T07:00:00Z');
    await dispatcher.tick();
    expect(sink.messages.map((m) => (m.to && 'text' in m.to ? m.to.text : ''))).toEqual([
      expect.stringContaining('Ben Brandt'),
      expect.stringContaining('Ben Brandt'),
    ]);
  });

  it('never mails old events for a new rule; a reminder created late goes out only within the grace window before the event', async () => {
    const { programme, workshopId } = await scenario('2025-03-03');
    // It is 1 March, 10:00 Berlin: the 7-day reminder (24 Feb) was due long ago.
    const rows = await ledger(workshopId);
    expect(rows.filter((r) => r.rule?.offsetDays === -7).map((r) => [r.status, r.reason])).toEqual(
      Array(2).fill(['SKIPPED', 'created after its due time']),
    );

    // A rule "2 days before" made now: due 1 March 09:00 local = 08:00Z, one hour ago, within
    // the 12-hour grace window before the event: sent at once.
    await pm.data(CREATE_RULE, { input: { programmeId: programme.id, offsetDays: -2 } });
    expect((await dispatcher.tick()).sent).toBe(2);

    // After the event, a new rule creates nothing for it.
    t.clock.set('2025-03-04T09:00:00Z');
    const before = (await ledger(workshopId)).length;
    await pm.data(CREATE_RULE, { input: { programmeId: programme.id, offsetDays: -3 } });
    expect(await ledger(workshopId)).toHaveLength(before);
  });

  it('retries while the mail server refuses, with backoff, and then sends; nothing is lost', async () => {
    const { workshopId } = await scenario();
    t.clock.set('2025-03-24T08:00:00Z');
    sink.failNext(2);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, retried: 2 });
    let rows = (await ledger(workshopId)).filter((r) => r.rule?.offsetDays === -7);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    expect(rows[0]!.lastError).toContain('451');

    expect((await dispatcher.tick()).sent).toBe(0); // backoff: not yet
    t.clock.advance({ minutes: 1 });
    expect((await dispatcher.tick()).sent).toBe(2);
    rows = (await ledger(workshopId)).filter((r) => r.rule?.offsetDays === -7);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['SENT', 2],
      ['SENT', 2],
    ]);
  });

  it('gives up after the last attempt, shows the failure, and sends again on retryReminder', async () => {
    const { workshopId } = await scenario();
    t.clock.set('2025-03-24T08:00:00Z');
    sink.failNext(6);
    await dispatcher.tick();
    t.clock.advance({ minutes: 1 });
    await dispatcher.tick();
    t.clock.advance({ minutes: 2 });
    await dispatcher.tick();
    const failed = (await pm.data(LEDGER, { eventId: workshopId, status: ['FAILED'] })).reminders;
    expect(failed.totalCount).toBe(2);
    expect(failed.nodes[0].attempts).toBe(3);
    expect(failed.nodes[0].lastError).toContain('451');

    const retried = await pm.data(`mutation ($id: ID!) { retryReminder(id: $id) { status } }`, {
      id: failed.nodes[0].id,
    });
    expect(retried.retryReminder.status).toBe('PENDING');
    expect((await dispatcher.tick()).sent).toBe(1);
  });

  it('sends each reminder exactly once when two dispatchers work on the same due rows', async () => {
    const { workshopId } = await scenario();
    // 40 more participants: 84 reminders due at once.
    const cohortId = (
      await pm.data('query ($id: ID!) { workshop(id: $id) { cohortId } }', { id: workshopId })
    ).workshop.cohortId;
    const cohort = { id: cohortId, startDate: '2024-11-27', endDate: '2025-10-31' } as never;
    for (let i = 0; i < 40; i++) await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    await pm.data(RESCHEDULE, {
      input: {
        id: workshopId,
        days: [{ date: '2025-03-31', startTime: '09:00', endTime: '16:30' }],
      },
    });
    t.clock.set('2025-03-30T08:00:00Z');

    const other = Object.create(ReminderDispatcher.prototype) as ReminderDispatcher;
    Object.assign(other, dispatcher, { instance: 'second-instance' });
    const [a, b] = await Promise.all([dispatcher.tick(), other.tick()]);
    expect(a.sent + b.sent).toBe(84);
    expect(sink.messages).toHaveLength(84);
    const rows = await ledger(workshopId);
    expect(rows.filter((r) => r.kind === 'REMINDER' && r.status === 'SENT')).toHaveLength(84);
  });

  it('picks up the claims of a dispatcher that died after claiming, once the lease runs out', async () => {
    await scenario();
    t.clock.set('2025-03-24T08:00:00Z');
    const dead = Object.create(ReminderDispatcher.prototype) as ReminderDispatcher;
    Object.assign(dead, dispatcher, { instance: 'dead-instance' });
    expect(await dead.claim()).toHaveLength(2); // … and then the process is killed.

    expect((await dispatcher.tick()).sent).toBe(0); // still leased
    t.clock.advance({ minutes: 5 });
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(sink.messages).toHaveLength(2);
  });

  it('lets a cohort replace a programme rule: switched off there, with a rule of its own instead', async () => {
    const { programme, cohort, workshopId } = await scenario();
    const rules = await pm.data(
      'query ($id: ID!) { reminderRules(programmeId: $id) { id offsetDays } }',
      { id: programme.id },
    );
    const weekBefore = rules.reminderRules.find((r: { offsetDays: number }) => r.offsetDays === -7);
    await pm.data(CREATE_RULE, {
      input: {
        programmeId: programme.id,
        cohortId: cohort.id,
        replacesRuleId: weekBefore.id,
        offsetDays: -14,
      },
    });

    const rows = await ledger(workshopId);
    expect(
      rows
        .filter((r) => r.status === 'PENDING')
        .map((r) => r.rule?.offsetDays)
        .sort(),
    ).toEqual([-1, -1, -14, -14]);
    expect(rows.filter((r) => r.rule?.offsetDays === -7).map((r) => [r.status, r.reason])).toEqual(
      Array(2).fill(['CANCELLED', 'rule disabled, replaced or removed']),
    );
  });

  it('reports the last tick and overdue reminders at /health', async () => {
    await scenario();
    t.clock.set('2025-03-24T09:00:00Z'); // the 7-day reminders are an hour overdue
    const before = await t.http().get('/health').expect(200);
    expect(before.body.info.reminders).toMatchObject({ overduePending: 2 });
    await dispatcher.tick();
    const after = await t.http().get('/health').expect(200);
    expect(after.body.info.reminders).toMatchObject({
      overduePending: 0,
      lastTickAt: '2025-03-24T09:00:00.000Z',
    });
  });

  it('previews a rule without sending, and shows the ledger to program managers only', async () => {
    const { programme, anna } = await scenario();
    const rules = await pm.data(
      'query ($id: ID!) { reminderRules(programmeId: $id) { id offsetDays } }',
      { id: programme.id },
    );
    const weekBefore = rules.reminderRules.find((r: { offsetDays: number }) => r.offsetDays === -7);
    const { previewReminders } = await pm.data(
      'query ($id: ID!) { previewReminders(ruleId: $id) { dueAt status recipient { name } workshop { title } } }',
      { id: weekBefore.id },
    );
    const byName = (a: { recipient: { name: string } }, b: { recipient: { name: string } }) =>
      a.recipient.name.localeCompare(b.recipient.name);
    expect([...previewReminders].sort(byName)).toEqual([
      {
        dueAt: '2025-03-24T08:00:00.000Z',
        status: 'PENDING',
        recipient: { name: 'Anna Alt' },
        workshop: { title: 'Wirkungsmessung' },
      },
      {
        dueAt: '2025-03-24T08:00:00.000Z',
        status: 'PENDING',
        recipient: { name: 'Ben Brandt' },
        workshop: { title: 'Wirkungsmessung' },
      },
    ]);
    expect(sink.messages).toHaveLength(0);

    const coordinator = await t.as(anna.person);
    const denied = await coordinator.gql(LEDGER, {});
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
