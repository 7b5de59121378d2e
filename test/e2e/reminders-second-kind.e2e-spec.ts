import { PersonEntity } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import { calendarOf, DOCS, mailsOf, ReminderHarness } from '../support/reminder-scenario';
import { createTestSessionTables } from '../support/second-kind/test-session.schema';
import { TestSessionModule, TestSessions } from '../support/second-kind/test-sessions';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const LEDGER = `query ($kind: String, $eventId: ID) {
  reminders(eventKind: $kind, eventId: $eventId, first: 100) {
    nodes { kind status reason dueAt recipient { name }
            event { kind id title state ... on TestSessionReminderEvent { startsAt } } }
  }
}`;
const PREVIEW = `query ($id: ID!) { previewReminders(ruleId: $id) { eventKind dueAt status recipient { name } event { title } } }`;
const KINDS = `{ reminderEventKinds { kind audiences { name } nudges { name audiences } scope } }`;
const CREATE_FEED = 'mutation { createCalendarFeed { url } }';

/**
 * A second kind of event, registered from the test folder only (test/support/second-kind: one
 * adapter, one module), gets everything workshops get, with no change in libs/reminders.
 */
describe('reminders for a second, test-only kind of event', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let pm: GraphQLClient;
  let dispatcher: ReminderDispatcher;
  let harness: ReminderHarness;
  let sessions: TestSessions;

  beforeAll(async () => {
    harness = await ReminderHarness.start({}, [TestSessionModule]);
    ({ sink, t, pm, dispatcher } = harness);
    await createTestSessionTables(t.app.get(DataSource).manager);
    sessions = t.app.get(TestSessions);
  });
  afterAll(() => harness.close());
  beforeEach(() => harness.reset());

  /** A programme with a test group, two members and a host, and a rule "1 day before" for it. */
  async function group(rule: Record<string, unknown> = { audience: 'MEMBERS', offsetDays: -1 }) {
    const programme = await t.given.programme();
    const groupId = await sessions.group(programme.id);
    const mia = await t.given.person({ name: 'Mia Mitglied' });
    const max = await t.given.person({ name: 'Max Mitglied' });
    const hana = await t.given.person({ name: 'Hana Host' });
    const { createReminderRule } = await pm.data(DOCS.createRule, {
      input: { programmeId: programme.id, eventKind: 'TEST_SESSION', scopeId: groupId, ...rule },
    });
    const session = (title = 'Testrunde A', date = '2025-03-20', members = [mia, max]) =>
      sessions.schedule({
        groupId,
        title,
        date,
        hostId: hana.id,
        memberIds: members.map((m: PersonEntity) => m.id),
      });
    return { programme, groupId, mia, max, hana, ruleId: createReminderRule.id as string, session };
  }

  const ledger = async (eventId: string) =>
    (await pm.data(LEDGER, { eventId })).reminders.nodes as Record<string, any>[];

  it('takes rules of its own audiences and scope, and refuses what does not fit it, naming the field', async () => {
    const { programme, groupId } = await group();
    const { reminderEventKinds } = await pm.data(KINDS);
    expect(reminderEventKinds).toContainEqual({
      kind: 'TEST_SESSION',
      audiences: [{ name: 'MEMBERS' }, { name: 'HOST' }],
      nudges: [{ name: 'NO_NOTES', audiences: ['HOST'] }],
      scope: 'test group',
    });
    const refused = async (input: Record<string, unknown>) =>
      (
        await pm.gql(DOCS.createRule, {
          input: { programmeId: programme.id, eventKind: 'TEST_SESSION', offsetDays: -2, ...input },
        })
      ).errors?.[0]?.extensions;
    expect(await refused({ eventKind: 'NO_SUCH_KIND' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_EVENT_KIND',
      fields: [expect.objectContaining({ field: 'eventKind' })],
    });
    expect(await refused({ audience: 'PARTICIPANTS' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AUDIENCE_NOT_OF_KIND',
      fields: [expect.objectContaining({ field: 'audience' })],
    });
    expect(await refused({ audience: 'MEMBERS', scopeId: randomUUID() })).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SCOPE_NOT_OF_KIND',
      fields: [expect.objectContaining({ field: 'scopeId' })],
    });
    // Workshops declare no such scope.
    expect(await refused({ eventKind: 'WORKSHOP', scopeId: groupId })).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'scopeId' })],
    });
    // Nothing half-written: only the group's rule made above.
    expect((await pm.data(DOCS.rules, { id: programme.id })).reminderRules).toHaveLength(1);
  });

  it('plans, previews, sends and feeds its events like workshops, in its scope only', async () => {
    const { mia, ruleId, session, programme } = await group();
    const id = await session();
    // Another group of the programme: the group's rule does not apply there.
    const other = await sessions.schedule({
      groupId: await sessions.group(programme.id),
      title: 'Andere Gruppe',
      date: '2025-03-20',
      hostId: mia.id,
      memberIds: [mia.id],
    });
    expect(await ledger(other)).toEqual([]);
    const rows = await ledger(id);
    // 18:00 Berlin (winter time) a day before: 19 March, 17:00Z.
    expect(rows.map((r) => [r.recipient.name, r.status, r.dueAt]).sort()).toEqual([
      ['Max Mitglied', 'PENDING', '2025-03-19T17:00:00.000Z'],
      ['Mia Mitglied', 'PENDING', '2025-03-19T17:00:00.000Z'],
    ]);
    expect(rows[0]!.event).toMatchObject({ kind: 'TEST_SESSION', id, title: 'Testrunde A' });
    expect((await pm.data(LEDGER, { kind: 'TEST_SESSION' })).reminders.nodes).toHaveLength(2);
    expect((await pm.data(LEDGER, { kind: 'WORKSHOP' })).reminders.nodes).toHaveLength(0);

    const { previewReminders } = await pm.data(PREVIEW, { id: ruleId });
    expect(previewReminders.map((p: any) => [p.recipient.name, p.status, p.dueAt]).sort()).toEqual(
      rows.map((r) => [r.recipient.name, r.status, r.dueAt]).sort(),
    );
    expect(previewReminders[0].event.title).toBe('Testrunde A');

    t.clock.set('2025-03-19T17:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 2, failed: 0 });
    expect(mailsOf(sink.messages)).toEqual([
      'Max Mitglied: Testrunde: Testrunde A am 20.03.2025',
      'Mia Mitglied: Testrunde: Testrunde A am 20.03.2025',
    ]);
    const ics = calendarOf(sink.messages[0]!);
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:test_session-${id}@zyklus`);

    const { createCalendarFeed } = await (await t.as(mia)).data(CREATE_FEED);
    const feed = await t.http().get(new URL(createCalendarFeed.url).pathname).expect(200);
    expect(feed.text).toContain(`UID:test_session-${id}@zyklus`);
    expect(feed.text).toContain('SUMMARY:Testrunde A');
    expect(feed.text).toContain('SUMMARY:Andere Gruppe');
  });

  it('tells of a move, releases someone who leaves and cancels for everyone concerned', async () => {
    const { max, session } = await group();
    const id = await session();
    t.clock.set('2025-03-19T17:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(2);
    sink.clear();

    t.clock.set('2025-03-19T18:00:00Z');
    await sessions.move(id, '2025-03-27');
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(mailsOf(sink.messages)).toEqual([
      'Max Mitglied: Geändert: Testrunde A am 27.03.2025',
      'Mia Mitglied: Geändert: Testrunde A am 27.03.2025',
    ]);
    expect(sink.messages[0]!.text).toContain('Bisher:\n- Donnerstag, 20. März 2025');
    expect(calendarOf(sink.messages[0]!)).toContain('SEQUENCE:1');
    sink.clear();

    await sessions.removeMember(id, max.id);
    expect((await dispatcher.tick()).sent).toBe(1);
    expect(mailsOf(sink.messages)).toEqual(['Max Mitglied: Abgesagt: Testrunde A am 27.03.2025']);
    expect(calendarOf(sink.messages[0]!)).toContain('METHOD:CANCEL');
    const maxRows = (await ledger(id)).filter((r) => r.recipient.name === 'Max Mitglied');
    expect(maxRows.find((r) => r.status === 'CANCELLED')?.reason).toBe('left the group');
    sink.clear();

    await sessions.cancel(id, 'Raum belegt');
    expect((await dispatcher.tick()).sent).toBe(2);
    expect(mailsOf(sink.messages)).toEqual([
      'Hana Host: Abgesagt: Testrunde A am 27.03.2025',
      'Mia Mitglied: Abgesagt: Testrunde A am 27.03.2025',
    ]);
    expect(sink.messages[1]!.text).toContain('Grund: Raum belegt');
    const pending = (await ledger(id)).filter((r) => r.kind === 'REMINDER' && r.reason);
    expect(pending.map((r) => r.reason)).toContain('event cancelled');
  });

  it('nudges the host a day after a session without notes, and skips it once notes are written', async () => {
    const { session } = await group({
      audience: 'HOST',
      template: 'NUDGE',
      nudge: 'NO_NOTES',
      anchor: 'END',
      offsetDays: 1,
    });
    const quiet = await session('Ohne Notizen');
    const noted = await session('Mit Notizen');
    await sessions.writeNotes(noted, 'Alles besprochen.');

    t.clock.set('2025-03-21T19:00:00Z');
    expect(await dispatcher.tick()).toMatchObject({ sent: 1 });
    expect(mailsOf(sink.messages)).toEqual([
      'Hana Host: Noch keine Notizen: Ohne Notizen am 20.03.2025',
    ]);
    expect(sink.messages[0]!.attachments).toHaveLength(0);
    expect((await ledger(quiet))[0]).toMatchObject({ status: 'SENT' });
    expect((await ledger(noted))[0]).toMatchObject({ status: 'SKIPPED', reason: 'notes written' });
  });

  it('cancels the pending reminders of a rule deleted or switched off, through the planner, keeping what was sent', async () => {
    const { ruleId, session } = await group();
    const sent = await session('Schon erinnert', '2025-03-10');
    const later = await session('Später', '2025-03-27');
    t.clock.set('2025-03-09T17:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(2);

    await pm.data(`mutation ($id: ID!) { deleteReminderRule(id: $id) }`, { id: ruleId });
    expect((await ledger(sent)).map((r) => r.status)).toEqual(['SENT', 'SENT']);
    expect((await ledger(later)).map((r) => [r.status, r.reason])).toEqual(
      Array(2).fill(['CANCELLED', 'rule disabled, replaced or removed']),
    );
    t.clock.set('2025-03-26T17:00:00Z');
    expect((await dispatcher.tick()).sent).toBe(0);
  });
});
