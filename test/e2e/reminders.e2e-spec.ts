import { ParticipationStatus } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Role } from '@zyklus/identity';
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

describe('reminders: rules, the ledger, the mails', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;
  let dispatcher: ReminderDispatcher;
  let given: ReminderScenarios;
  let harness: ReminderHarness;

  beforeAll(async () => {
    harness = await ReminderHarness.start();
    ({ sink, t, pm, dispatcher, given } = harness);
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.reset());

  it('materialises one reminder per rule and person at publication, in Berlin time across the DST change', async () => {
    const { workshopId } = await given.workshop();
    const rows = await given.ledger(workshopId);
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

  it('sends each reminder once, when due, in German with the time zone and the workshop as .ics', async () => {
    const { workshopId } = await given.workshop();
    expect((await dispatcher.tick()).sent).toBe(0);

    t.clock.set('2025-03-24T08:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 2, failed: 0 });
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
    const mail = sink.messages[0]!;
    expect(mail.text).toContain('In 7 Tagen findet der Workshop "Wirkungsmessung" statt');
    expect(mail.text).toContain('Montag, 31. März 2025, 09:00–16:00 Uhr');
    // The day is in summer time, a week after the mail went out in winter time.
    expect(mail.text).toContain('Alle Zeiten: Mitteleuropäische Sommerzeit (Europe/Berlin)');
    expect(mail.html).toContain('Alle Zeiten: Mitteleuropäische Sommerzeit (Europe/Berlin)');
    expect(mail.text).toContain('https://meet.example.org/wirkungsmessung');
    const ics = calendarOf(mail);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:workshop-${workshopId}@zyklus`);
    expect(ics).toContain('SEQUENCE:0');

    expect((await dispatcher.tick()).sent).toBe(0);
    t.clock.set('2025-03-30T07:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(sink.messages).toHaveLength(4);
    const rows = await given.ledger(workshopId);
    expect(rows.every((r) => r.status === 'SENT' && r.messageId)).toBe(true);
  });

  it('writes to a coordinator who prefers English in English', async () => {
    await given.workshop({
      others: [{ name: 'Emma Evans', preferredLanguage: Language.EN }],
    });
    t.clock.set('2025-03-24T08:00:00Z');
    await dispatcher.tick();
    const mail = sink.messages.find((m) => m.subject?.startsWith('Reminder'))!;
    expect(mailsOf([mail])).toEqual(['Emma Evans: Reminder: Wirkungsmessung on 2025-03-31']);
    expect(mail.text).toContain('Hello Emma Evans');
    expect(mail.text).toContain('In 7 days the workshop "Wirkungsmessung" takes place');
    expect(mail.text).toContain('Monday, 31 March 2025, 09:00–16:00');
    expect(mail.text).toContain('All times: Central European Summer Time (Europe/Berlin)');
    expect(mail.text).not.toContain('Erinnerung');
    expect(mailsOf(sink.messages.filter((m) => m !== mail))).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 31.03.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 31.03.2025',
    ]);
  });

  it('never mails old events for a new rule; a reminder created late goes out only within the grace window before the event', async () => {
    const { programme, workshopId } = await given.workshop({ date: '2025-03-03' });
    // It is 1 March, 10:00 Berlin: the 7-day reminder (24 Feb) was due long ago.
    const rows = await given.ledger(workshopId);
    expect(rows.filter((r) => r.rule?.offsetDays === -7).map((r) => [r.status, r.reason])).toEqual(
      Array(2).fill(['SKIPPED', 'created after its due time']),
    );

    // A rule "2 days before" made now: due 1 March 09:00 local = 08:00Z, one hour ago, within
    // the 12-hour grace window before the event: sent at once.
    await pm.data(DOCS.createRule, { input: { programmeId: programme.id, offsetDays: -2 } });
    expect((await dispatcher.tick()).sent).toBe(2);

    // After the event, a new rule creates nothing for it.
    t.clock.set('2025-03-04T09:00:00Z');
    const before = (await given.ledger(workshopId)).length;
    await pm.data(DOCS.createRule, { input: { programmeId: programme.id, offsetDays: -3 } });
    expect(await given.ledger(workshopId)).toHaveLength(before);
  });

  it('sends a reminder skipped for a workshop published late once a reschedule moves its time into the future', async () => {
    const { workshopId } = await given.workshop({ date: '2025-03-03' });
    // Moved two weeks on: the 7-day reminder is due on Monday 10 March, 09:00 Berlin time.
    await given.reschedule(workshopId, '2025-03-17');
    const weekBefore = (await given.ledger(workshopId)).filter((r) => r.rule?.offsetDays === -7);
    expect(weekBefore.map((r) => [r.status, r.dueAt, r.reason])).toEqual(
      Array(2).fill(['PENDING', '2025-03-10T08:00:00.000Z', null]),
    );

    t.clock.set('2025-03-10T08:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(mailsOf(sink.messages)).toEqual([
      'Anna Alt: Erinnerung: Wirkungsmessung am 17.03.2025',
      'Ben Brandt: Erinnerung: Wirkungsmessung am 17.03.2025',
    ]);
  });

  it('keeps following a workshop that has ended while it has a follow-up pending: withdrawn people and a disabled rule get none', async () => {
    const { programme, cohort, anna, ben, workshopId } = await given.workshop({ offsets: [] });
    const { createReminderRule } = await pm.data(DOCS.createRule, {
      input: { programmeId: programme.id, anchor: 'END', offsetDays: 1, template: 'FOLLOW_UP' },
    });
    // The workshop is over (Monday 31 March, 17:00 Berlin) and marked completed.
    t.clock.set('2025-03-31T15:00:00Z');
    await pm.data(DOCS.complete, { id: workshopId });

    // A network that joins afterwards was not there: no follow-up for its coordinator.
    await t.given.coordinatorIn(cohort, ParticipationStatus.ENROLLED, { name: 'Carla Clausen' });
    await given.withdraw(anna.participation.id);
    // Ben's participation completes after the workshop: he was there, his follow-up stays.
    await pm.data(
      `mutation ($input: CompleteParticipationInput!) { completeParticipation(input: $input) { status } }`,
      { input: { id: ben.participation.id, completedOn: '2025-03-31' } },
    );
    const followUps = async () =>
      (await given.ledger(workshopId)).map((r) => [r.recipient?.name, r.status, r.reason]).sort();
    expect(await followUps()).toEqual([
      ['Anna Alt', 'CANCELLED', 'participant withdrew or no longer coordinates the network'],
      ['Ben Brandt', 'PENDING', null],
      ['Carla Clausen', 'SKIPPED', 'created after the event began'],
    ]);

    await pm.data(DOCS.updateRule, { input: { id: createReminderRule.id, enabled: false } });
    // Switched on again, the rule does not reach back to a workshop that is over.
    await pm.data(DOCS.updateRule, { input: { id: createReminderRule.id, enabled: true } });
    expect(await followUps()).toEqual([
      ['Anna Alt', 'CANCELLED', 'participant withdrew or no longer coordinates the network'],
      ['Ben Brandt', 'CANCELLED', 'rule disabled, replaced or removed'],
      ['Carla Clausen', 'SKIPPED', 'created after the event began'],
    ]);
    // 1 April, 16:00 Berlin: the follow-up's time.
    t.clock.set('2025-04-01T14:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(0);
    expect(sink.messages).toHaveLength(0);
  });

  it('says "person erased" for the reminders of a person who was deleted', async () => {
    const paula = await t.given.person({ name: 'Paula Planer', roles: [Role.PROGRAM_MANAGER] });
    const { programme, workshopId } = await given.workshop({ offsets: [] });
    await pm.data(DOCS.createRule, {
      input: { programmeId: programme.id, audience: 'PROGRAM_MANAGERS', offsetDays: -2 },
    });
    const paulas = async () =>
      (await given.ledger(workshopId)).filter((r) => r.recipient?.name !== 'Petra Planer');
    expect((await paulas()).some((r) => r.recipient?.name === 'Paula Planer')).toBe(true);

    await t.given.deletePerson(paula.id);
    await given.reschedule(workshopId, '2025-04-01');
    const rows = (await paulas()).filter((r) => r.recipient === null);
    expect(rows.map((r) => [r.status, r.reason])).toEqual([['CANCELLED', 'person erased']]);
  });

  it('lets a cohort replace a programme rule: switched off there, with a rule of its own instead', async () => {
    const { programme, cohort, workshopId } = await given.workshop();
    await pm.data(DOCS.createRule, {
      input: {
        programmeId: programme.id,
        cohortId: cohort.id,
        replacesRuleId: await given.rule(programme.id, -7),
        offsetDays: -14,
      },
    });

    const rows = await given.ledger(workshopId);
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
    await given.workshop();
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
    const { programme, anna } = await given.workshop();
    const { previewReminders } = await pm.data(DOCS.preview, {
      id: await given.rule(programme.id, -7),
    });
    const byName = (a: { recipient: { name: string } }, b: { recipient: { name: string } }) =>
      a.recipient.name.localeCompare(b.recipient.name);
    expect([...previewReminders].sort(byName)).toEqual([
      {
        dueAt: '2025-03-24T08:00:00.000Z',
        status: 'PENDING',
        reason: null,
        recipient: { name: 'Anna Alt' },
        workshop: { title: 'Wirkungsmessung' },
      },
      {
        dueAt: '2025-03-24T08:00:00.000Z',
        status: 'PENDING',
        reason: null,
        recipient: { name: 'Ben Brandt' },
        workshop: { title: 'Wirkungsmessung' },
      },
    ]);
    expect(sink.messages).toHaveLength(0);

    const coordinator = await t.as(anna.person);
    const denied = await coordinator.gql(DOCS.ledger, {});
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('previews what the ledger will do: reminders already sent show as sent', async () => {
    const { programme, cohort } = await given.workshop();
    t.clock.set('2025-03-24T08:00:00Z');
    await dispatcher.tick();
    // A network joins late: its coordinator's 7-day reminder is a day overdue, past the grace.
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, { name: 'Carla Clausen' });
    t.clock.set('2025-03-25T09:00:00Z');

    const { previewReminders } = await pm.data(DOCS.preview, {
      id: await given.rule(programme.id, -7),
    });
    expect(
      previewReminders
        .map((p: { recipient: { name: string }; status: string; reason: string | null }) => [
          p.recipient.name,
          p.status,
          p.reason,
        ])
        .sort(),
    ).toEqual([
      ['Anna Alt', 'SENT', null],
      ['Ben Brandt', 'SENT', null],
      ['Carla Clausen', 'SKIPPED', 'created after its due time'],
    ]);
  });

  it('previews nothing for a cancelled workshop, as the ledger says', async () => {
    const { workshopId, programme } = await given.workshop();
    await given.cancel(workshopId);
    const { previewReminders } = await pm.data(DOCS.preview, {
      id: await given.rule(programme.id, -7),
    });
    expect(previewReminders).toEqual([]);
    const ledger = await given.ledger(workshopId);
    expect(ledger.filter((r) => r.kind === 'REMINDER').map((r) => [r.status, r.reason])).toEqual(
      Array(4).fill(['CANCELLED', 'event cancelled']),
    );
  });
});
