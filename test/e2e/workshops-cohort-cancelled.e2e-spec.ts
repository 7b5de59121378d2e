import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { ReminderDispatcher } from '@zyklus/reminders';
import { ParsedMail } from 'mailparser';
import { GraphQLClient } from '../support/graphql-client';
import { ReminderHarness } from '../support/reminder-scenario';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const CREATE_RULE = `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`;
const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const COMPLETE = `mutation ($id: ID!) { completeWorkshop(id: $id) { id } }`;
const CHANGE_STATUS = `mutation ($input: ChangeCohortStatusInput!) { changeCohortStatus(input: $input) { status } }`;
const WORKSHOPS = `query ($id: ID!) {
  cohort(id: $id) { workshops { id title status sequence cancellationReason changes { kind reason } } }
}`;
const LEDGER = `query ($eventId: ID) {
  reminders(eventId: $eventId, first: 100) { nodes { kind status reason recipient { name } } }
}`;

const REASON = 'Der Qualifizierungsdurchgang wurde abgesagt.';

const recipient = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '');

/** A cancelled cohort's workshops are called off the normal way, with notices and all. */
describe('a cohort that is cancelled', () => {
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
  beforeEach(() => {
    sink.clear();
    t.clock.set('2025-03-01T09:00:00Z');
  });

  it('cancels its draft and published workshops, cancels their reminders and tells the participants', async () => {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, { name: 'Anna Alt' });
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, { name: 'Ben Brandt' });
    for (const offsetDays of [-7, -1]) {
      await pm.data(CREATE_RULE, { input: { programmeId: programme.id, offsetDays } });
    }
    const workshop = async (title: string, date: string) =>
      (
        await pm.data(CREATE, {
          input: {
            cohortId: cohort.id,
            kind: 'OTHER',
            title,
            format: 'ONLINE',
            onlineUrl: 'https://meet.example.org/q5',
            days: [{ date, startTime: '09:00', endTime: '16:00' }],
          },
        })
      ).createWorkshop.id as string;
    const held = await workshop('Auftaktworkshop', '2024-11-27');
    await pm.data(PUBLISH, { id: held });
    await pm.data(COMPLETE, { id: held });
    const published = await workshop('Wirkungsmessung', '2025-03-31');
    await pm.data(PUBLISH, { id: published });
    const draft = await workshop('Storytelling', '2025-05-14');
    expect((await pm.data(LEDGER, { eventId: published })).reminders.nodes).toHaveLength(4);

    const { changeCohortStatus } = await pm.data(CHANGE_STATUS, {
      input: { id: cohort.id, status: 'CANCELLED' },
    });
    expect(changeCohortStatus.status).toBe('CANCELLED');

    const { cohort: read } = await pm.data(WORKSHOPS, { id: cohort.id });
    const byId = (id: string) => read.workshops.find((w: { id: string }) => w.id === id);
    // The held one stays as it was; the others are called off the normal way.
    expect(byId(held)).toMatchObject({ status: 'COMPLETED', cancellationReason: null });
    expect(byId(published)).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: REASON,
      sequence: 1,
      changes: [
        { kind: 'PUBLISHED', reason: null },
        { kind: 'CANCELLED', reason: REASON },
      ],
    });
    // Nobody was told of the draft: it is cancelled without a new calendar sequence.
    expect(byId(draft)).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: REASON,
      sequence: 0,
    });

    const ledger = (await pm.data(LEDGER, { eventId: published })).reminders.nodes as {
      kind: string;
      status: string;
      reason: string | null;
    }[];
    expect(ledger.filter((r) => r.kind === 'REMINDER').map((r) => [r.status, r.reason])).toEqual(
      Array(4).fill(['CANCELLED', 'event cancelled']),
    );

    // The participants get a cancellation with the reason, and nothing after that.
    expect(await dispatcher.tick()).toMatchObject({ sent: 2, failed: 0 });
    expect(sink.messages.map(recipient).sort()).toEqual([
      expect.stringContaining('Anna Alt'),
      expect.stringContaining('Ben Brandt'),
    ]);
    for (const mail of sink.messages) {
      expect(mail.subject).toBe('Abgesagt: Wirkungsmessung am 31.03.2025');
      expect(mail.text).toContain(REASON);
      const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
      expect(ics?.content.toString('utf8')).toContain('METHOD:CANCEL');
    }
    for (const at of ['2025-03-24T08:00:00Z', '2025-03-30T07:00:00Z']) {
      t.clock.set(at);
      expect((await dispatcher.tick()).sent).toBe(0);
    }
    expect(sink.messages).toHaveLength(2);
  });

  it('leaves workshops alone that were held but not yet marked completed, by the programme’s time zone', async () => {
    const programme = await t.given.programme(); // Europe/Berlin
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, { name: 'Anna Alt' });
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, { name: 'Ben Brandt' });
    await pm.data(CREATE_RULE, { input: { programmeId: programme.id, offsetDays: -1 } });
    const published = async (title: string, days: { date: string; endTime: string }[]) => {
      const { createWorkshop } = await pm.data(CREATE, {
        input: {
          cohortId: cohort.id,
          kind: 'OTHER',
          title,
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/q5',
          days: days.map((d) => ({ ...d, startTime: '09:00' })),
        },
      });
      await pm.data(PUBLISH, { id: createWorkshop.id });
      return createWorkshop.id as string;
    };
    const kickOff = await published('Auftaktworkshop', [
      { date: '2025-03-26', endTime: '17:00' },
      { date: '2025-03-27', endTime: '13:00' },
    ]);
    const today = await published('Wirkungslogik', [{ date: '2025-03-31', endTime: '16:00' }]);
    // Begun, but its last day is still to come: called off like one that has not begun.
    const next = await published('Storytelling', [
      { date: '2025-03-28', endTime: '16:00' },
      { date: '2025-04-01', endTime: '13:00' },
    ]);

    // 16:30 in Berlin (summer time since 30 March): today's workshop ended half an hour ago,
    // though 16:00 has not come yet in UTC.
    t.clock.set('2025-03-31T14:30:00Z');
    sink.clear();
    await pm.data(CHANGE_STATUS, { input: { id: cohort.id, status: 'CANCELLED' } });

    const READ = `query ($id: ID!) {
      workshop(id: $id) { status cancellationReason changes { kind } attendance { status } }
    }`;
    const read = async (id: string) => (await pm.data(READ, { id })).workshop;
    for (const held of [kickOff, today]) {
      expect(await read(held)).toEqual({
        status: 'PUBLISHED',
        cancellationReason: null,
        changes: [{ kind: 'PUBLISHED' }],
        attendance: [{ status: 'REGISTERED' }, { status: 'REGISTERED' }],
      });
    }
    expect(await read(next)).toEqual({
      status: 'CANCELLED',
      cancellationReason: REASON,
      changes: [{ kind: 'PUBLISHED' }, { kind: 'CANCELLED' }],
      attendance: [],
    });
    // Only the workshop not yet over is called off to the participants.
    expect(await dispatcher.tick()).toMatchObject({ sent: 2 });
    expect(sink.messages.map((m) => m.subject)).toEqual(
      Array(2).fill('Abgesagt: Storytelling am 28.03.2025'),
    );
  });

  it('leaves the workshops alone when the cohort only starts or completes', async () => {
    const cohort = await t.given.cohort({ startDate: '2024-11-27', endDate: '2025-10-31' });
    const { createWorkshop } = await pm.data(CREATE, {
      input: {
        cohortId: cohort.id,
        kind: 'OTHER',
        title: 'Wirkungslogik',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/q5',
        days: [{ date: '2025-03-31', startTime: '09:00', endTime: '16:00' }],
      },
    });
    await pm.data(PUBLISH, { id: createWorkshop.id });

    for (const status of ['RUNNING', 'COMPLETED']) {
      await pm.data(CHANGE_STATUS, { input: { id: cohort.id, status } });
    }
    const { cohort: read } = await pm.data(WORKSHOPS, { id: cohort.id });
    expect(read.workshops).toMatchObject([{ status: 'PUBLISHED', cancellationReason: null }]);
    expect(await dispatcher.tick()).toMatchObject({ sent: 0 });
  });
});
