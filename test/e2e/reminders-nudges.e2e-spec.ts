import { ReminderDispatcher } from '@zyklus/reminders';
import { GraphQLClient } from '../support/graphql-client';
import { DOCS, ReminderHarness, ReminderScenarios } from '../support/reminder-scenario';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;
const NUDGE_LEDGER = `query ($eventId: ID) {
  reminders(eventId: $eventId, first: 100) {
    nodes { status reason dueAt recipient { name } rule { nudge }
            event { kind title ... on WorkshopReminderEvent { workshop { title } } } }
  }
}`;

/** "Attendance not recorded 3 days after the workshop ended", to the program managers. */
const attendanceNudge = (programmeId: string) => ({
  programmeId,
  template: 'NUDGE',
  nudge: 'ATTENDANCE_NOT_RECORDED',
  audience: 'PROGRAM_MANAGERS',
  anchor: 'END',
  offsetDays: 3,
});

describe('nudges: the workshops’ "attendance not recorded"', () => {
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

  it('mails the program managers 3 days after the workshop ended, without a calendar entry', async () => {
    const { programme, workshopId } = await given.workshop({ offsets: [] });
    await pm.data(DOCS.createRule, { input: attendanceNudge(programme.id) });
    const [row] = (await pm.data(NUDGE_LEDGER, { eventId: workshopId })).reminders.nodes;
    // The workshop ends 31 March 16:00 in Berlin (summer time): 3 April 16:00 = 14:00Z.
    expect(row).toMatchObject({
      status: 'PENDING',
      dueAt: '2025-04-03T14:00:00.000Z',
      rule: { nudge: 'ATTENDANCE_NOT_RECORDED' },
      event: { kind: 'WORKSHOP', title: 'Wirkungsmessung', workshop: { title: 'Wirkungsmessung' } },
    });

    t.clock.set('2025-04-03T14:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 1, failed: 0 });
    const [mail] = sink.messages;
    expect(mail!.subject).toBe('Anwesenheit noch nicht erfasst: Wirkungsmessung am 31.03.2025');
    expect(mail!.text).toContain(`/workshops/${workshopId}`);
    expect(mail!.attachments).toHaveLength(0);
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('skips the nudge, saying why, once attendance is recorded', async () => {
    const { programme, anna, workshopId } = await given.workshop({ offsets: [] });
    await pm.data(DOCS.createRule, { input: attendanceNudge(programme.id) });
    t.clock.set('2025-04-01T10:00:00Z');
    await pm.data(RECORD, {
      input: {
        workshopId,
        entries: [{ participationId: anna.participation.id, status: 'ATTENDED' }],
      },
    });

    t.clock.set('2025-04-03T14:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 0 });
    expect(sink.messages).toHaveLength(0);
    const [row] = (await pm.data(NUDGE_LEDGER, { eventId: workshopId })).reminders.nodes;
    expect(row).toMatchObject({ status: 'SKIPPED', reason: 'attendance recorded' });
  });

  it('refuses a nudge the kind does not offer, or to an audience it does not go to, naming the field', async () => {
    const { programme } = await given.workshop({ offsets: [] });
    const unknown = await pm.gql(DOCS.createRule, {
      input: { ...attendanceNudge(programme.id), nudge: 'NO_SUCH_NUDGE' },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NUDGE_NOT_OF_KIND',
      fields: [expect.objectContaining({ field: 'nudge' })],
    });
    const wrongAudience = await pm.gql(DOCS.createRule, {
      input: { ...attendanceNudge(programme.id), audience: 'PARTICIPANTS' },
    });
    expect(wrongAudience.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AUDIENCE_NOT_OF_KIND',
      fields: [expect.objectContaining({ field: 'audience' })],
    });
    expect((await pm.data(DOCS.rules, { id: programme.id })).reminderRules).toHaveLength(0);
  });
});
