import { ReminderDispatcher } from '@zyklus/reminders';
import { GraphQLClient } from '../support/graphql-client';
import {
  calendarOf,
  DOCS,
  mailsOf,
  ReminderHarness,
  ReminderScenarios,
} from '../support/reminder-scenario';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

describe('reminders: the dispatcher', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;
  let dispatcher: ReminderDispatcher;
  let given: ReminderScenarios;
  let harness: ReminderHarness;

  beforeAll(async () => {
    harness = await ReminderHarness.start({
      REMINDER_RETRY_BASE: '1m',
      REMINDER_MAX_ATTEMPTS: '3',
      REMINDER_LEASE: '15m',
      REMINDER_BATCH_SIZE: '10',
    });
    ({ sink, t, pm, dispatcher, given } = harness);
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.reset());

  const weekBefore = async (workshopId: string) =>
    (await given.ledger(workshopId)).filter((r) => r.rule?.offsetDays === -7);

  it('retries while the mail server refuses, with backoff, and then sends; nothing is lost', async () => {
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    sink.failNext(2);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, retried: 2 });
    let rows = await weekBefore(workshopId);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    expect(rows[0]!.lastError).toContain('451');

    expect((await dispatcher.tick()).sent).toBe(0); // backoff: not yet
    t.clock.advance({ minutes: 1 });
    expect((await dispatcher.tick()).sent).toBe(2);
    rows = await weekBefore(workshopId);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['SENT', 2],
      ['SENT', 2],
    ]);
  });

  it('gives up after the last attempt, shows the failure, and sends again on retryReminder', async () => {
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    sink.failNext(6);
    await dispatcher.tick();
    t.clock.advance({ minutes: 1 });
    await dispatcher.tick();
    t.clock.advance({ minutes: 2 });
    await dispatcher.tick();
    const failed = (await pm.data(DOCS.ledger, { eventId: workshopId, status: ['FAILED'] }))
      .reminders;
    expect(failed.totalCount).toBe(2);
    expect(failed.nodes[0].attempts).toBe(3);
    expect(failed.nodes[0].lastError).toContain('451');

    const retried = await pm.data(`mutation ($id: ID!) { retryReminder(id: $id) { status } }`, {
      id: failed.nodes[0].id,
    });
    expect(retried.retryReminder.status).toBe('PENDING');
    expect((await dispatcher.tick()).sent).toBe(1);
  });

  it('sends each reminder exactly once when two dispatchers work batch by batch on the same due rows', async () => {
    const { cohort, workshopId } = await given.workshop();
    // 40 more participants: 84 reminders due at once, in batches of 10.
    await given.coordinators(cohort, 40);
    await given.reschedule(workshopId, '2025-03-31', '09:00', '16:30');
    t.clock.set('2025-03-30T08:00:00Z');

    const other = given.instance('second-instance');
    const [a, b] = await Promise.all([dispatcher.tick(), other.tick()]);
    expect(a.sent + b.sent).toBe(84);
    // Both did their share.
    expect(a.batches).toBeGreaterThan(1);
    expect(b.batches).toBeGreaterThan(1);
    expect(sink.messages).toHaveLength(84);
    expect(new Set(mailsOf(sink.messages)).size).toBe(42);
    const rows = await given.ledger(workshopId);
    expect(rows.filter((r) => r.kind === 'REMINDER' && r.status === 'SENT')).toHaveLength(84);
  });

  it('picks up the claims of a dispatcher that died after claiming, once the lease runs out', async () => {
    await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    const dead = given.instance('dead-instance');
    expect(await dead.claim()).toHaveLength(2); // … and then the process is killed.

    expect((await dispatcher.tick()).sent).toBe(0); // still leased
    t.clock.advance({ minutes: 15 });
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(sink.messages).toHaveLength(2);
  });

  it('ignores the late write-back of a dispatcher whose rows another one took over', async () => {
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    const slow = given.instance('slow-instance');
    const claimed = await slow.claim();
    expect(claimed).toHaveLength(2);
    t.clock.advance({ minutes: 15 }); // its lease runs out; the other instance sends
    expect((await dispatcher.tick()).sent).toBe(2);
    const sent = await weekBefore(workshopId);

    // The slow one gets round to it: its sends fail, and it would record retries.
    sink.failNext(2);
    await slow.dispatch(claimed);
    expect(await weekBefore(workshopId)).toEqual(sent);
    expect(sent.map((r) => [r.status, r.lastError])).toEqual([
      ['SENT', null],
      ['SENT', null],
    ]);
    t.clock.advance({ minutes: 10 });
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('marks a reminder FAILED whose every claim ended in a crash, instead of claiming it forever', async () => {
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    const crashing = given.instance('crashing-instance');
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(await crashing.claim()).toHaveLength(2); // … and the process dies each time.
      t.clock.advance({ minutes: 15 });
    }
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, failed: 2 });
    const rows = await weekBefore(workshopId);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['FAILED', 3],
      ['FAILED', 3],
    ]);
    expect(rows[0]!.lastError).toContain('Gave up after 3 attempts');
    expect(rows[0]!.lastError).toContain('crash');
    expect(sink.messages).toHaveLength(0);
  });

  it('sends nothing but the cancellation when a workshop is cancelled between claim and send', async () => {
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    await dispatcher.tick();
    t.clock.set('2025-03-25T10:00:00Z');
    await given.reschedule(workshopId, '2025-04-07');
    sink.clear();

    const claimed = await dispatcher.claim();
    expect(claimed.map((c) => c.kind)).toEqual(['CHANGE_NOTICE', 'CHANGE_NOTICE']);
    await given.cancel(workshopId);
    await dispatcher.dispatch(claimed);
    expect(sink.messages).toHaveLength(0);

    await dispatcher.tick();
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Abgesagt: Wirkungsmessung am 07.04.2025',
      'Ben Brandt: Abgesagt: Wirkungsmessung am 07.04.2025',
    ]);
    expect(sink.messages.every((m) => calendarOf(m).includes('METHOD:CANCEL'))).toBe(true);
    const notices = (await given.ledger(workshopId)).filter((r) => r.kind === 'CHANGE_NOTICE');
    expect(notices.map((r) => [r.status, r.reason])).toEqual(
      Array(2).fill(['CANCELLED', 'event cancelled']),
    );
  });

  it('sends nothing to a person who withdrew between claim and send', async () => {
    const { anna } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    const claimed = await dispatcher.claim();
    await given.withdraw(anna.participation.id);
    await dispatcher.dispatch(claimed);
    expect(mailsOf(sink.messages)).toEqual([
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
  });

  it('tells people whose reminder was being sent with the old date about a reschedule at that moment', async () => {
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    const inFlight = sink.hold();
    const sending = dispatcher.tick();
    await inFlight.arrived(2); // the 7-day reminders for 31 March are at the mail server …
    await given.reschedule(workshopId, '2025-04-07'); // … when the workshop moves
    inFlight.release();
    await sending;
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);

    // The ledger keeps both truths: the mails about 31 March went out, and the rule's reminders
    // about the new date are still to come.
    const rows = await given.ledger(workshopId);
    expect(
      rows
        .filter((r) => r.rule?.offsetDays === -7)
        .map((r) => [r.status, r.dueAt, r.messageId === null]),
    ).toEqual([
      ['SENT', '2025-03-24T08:00:00.000Z', false],
      ['SENT', '2025-03-24T08:00:00.000Z', false],
      ['PENDING', '2025-03-31T07:00:00.000Z', true],
      ['PENDING', '2025-03-31T07:00:00.000Z', true],
    ]);
    sink.clear();
    await dispatcher.tick();
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Geändert: Wirkungsmessung am 07.04.2025',
      'Ben Brandt: Geändert: Wirkungsmessung am 07.04.2025',
    ]);
    expect(sink.messages[0]!.text).toContain('Bisher: Montag, 31. März 2025');

    sink.clear();
    t.clock.set('2025-03-31T07:00:00Z');
    await dispatcher.tick();
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 07.04.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 07.04.2025',
    ]);
  });

  it('keeps a withdrawal made while a failing send was in flight: no retry to the withdrawn person', async () => {
    const { workshopId, anna } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    const inFlight = sink.hold();
    const sending = dispatcher.tick();
    await inFlight.arrived(2);
    await given.withdraw(anna.participation.id);
    inFlight.release({ refuse: true });
    await sending;

    const rows = await weekBefore(workshopId);
    expect(rows.map((r) => [r.recipient?.name, r.status, r.reason]).sort()).toEqual([
      ['Anna Alt', 'CANCELLED', 'participant withdrew or no longer coordinates the network'],
      ['Ben Brandt', 'PENDING', null],
    ]);
    t.clock.advance({ minutes: 1 });
    expect((await dispatcher.tick()).sent).toBe(1);
    expect(mailsOf(sink.messages)).toEqual([
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
  });
});

describe('reminders: the dispatcher while the mail server is down', () => {
  let t: TestApp;
  let sink: SmtpSink | undefined;
  let port: number;

  beforeAll(async () => {
    // A port nothing listens on (yet): connections are refused.
    const reserved = await SmtpSink.start();
    port = reserved.port;
    await reserved.close();
    t = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${port}`, REMINDER_RETRY_BASE: '1m' });
  });
  afterAll(async () => {
    await t.close();
    await sink?.close();
  });

  it('retries while connections are refused, and sends everything once the server is up', async () => {
    const given = new ReminderScenarios(t, await t.manager());
    const dispatcher = t.app.get(ReminderDispatcher);
    await given.reset();
    const { workshopId } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, retried: 2 });
    t.clock.advance({ minutes: 1 });
    expect(await dispatcher.tick()).toMatchObject({ sent: 0, retried: 2 });
    let rows = (await given.ledger(workshopId)).filter((r) => r.rule?.offsetDays === -7);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['PENDING', 2],
      ['PENDING', 2],
    ]);
    expect(rows[0]!.lastError).toContain('ECONNREFUSED');

    sink = await SmtpSink.start(port);
    t.clock.advance({ minutes: 1 });
    expect((await dispatcher.tick()).sent).toBe(0); // backoff: 2 minutes after the 2nd attempt
    t.clock.advance({ minutes: 1 });
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
    rows = (await given.ledger(workshopId)).filter((r) => r.rule?.offsetDays === -7);
    expect(rows.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ['SENT', 3, expect.stringContaining('ECONNREFUSED')],
      ['SENT', 3, expect.stringContaining('ECONNREFUSED')],
    ]);
  });
});
