import { Role } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { givenPeerGroup, planRound } from '../../support/peer-rounds';
import { DOCS } from '../../support/reminder-scenario';
import { SmtpSink } from '../../support/smtp-sink';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const LEDGER = `query ($eventId: ID) { reminders(eventId: $eventId, first: 100) {
  nodes { status reason dueAt recipient { name } rule { nudge } } } }`;

describe('program managers are nudged when an active group has no round planned in the next 8 weeks', () => {
  let sink: SmtpSink;
  let t: TestApp;
  const clock = new TestClock('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ SMTP_URL: sink.url }, clock);
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('follows the last planned round, and is sent when the last round begins', async () => {
    const manager = await t.given.person({ name: 'Nina Nudge', roles: [Role.PROGRAM_MANAGER] });
    let pm = await t.as(manager);
    const s = await givenPeerGroup(t, { size: 3 });
    await pm.data(DOCS.createRule, {
      input: {
        programmeId: s.programme.id,
        eventKind: 'PEER_GROUP',
        audience: 'PROGRAM_MANAGERS',
        template: 'NUDGE',
        nudge: 'NO_ROUND_PLANNED',
        anchor: 'START',
        offsetDays: 0,
      },
    });
    const ledger = async () =>
      ((await pm.data(LEDGER, { eventId: s.groupId })).reminders.nodes as any[]).filter(
        (r) => r.recipient.name === 'Nina Nudge',
      );

    await planRound(pm, s.groupId, '2026-04-16');
    expect((await ledger()).map((r) => [r.status, r.dueAt])).toEqual([
      ['PENDING', '2026-04-16T16:00:00.000Z'],
    ]);
    // A later round moves the nudge to it: until then something is planned within 8 weeks.
    await planRound(pm, s.groupId, '2026-05-07');
    expect((await ledger()).filter((r) => r.status === 'PENDING').map((r) => r.dueAt)).toEqual([
      '2026-05-07T16:00:00.000Z',
    ]);

    clock.set('2026-05-07T16:01:00Z');
    pm = await t.as(manager);
    await t.app.get(ReminderDispatcher).tick();
    expect((await ledger()).find((r) => r.dueAt === '2026-05-07T16:00:00.000Z')).toMatchObject({
      status: 'SENT',
      rule: { nudge: 'NO_ROUND_PLANNED' },
    });
    const mail = sink.messages.find((m) => m.subject === 'Keine Runde geplant: Runde Nord-Ost')!;
    expect(mail.text).toContain('in den nächsten 8 Wochen keine Kollegiale Runde geplant');
  });

  it('ending the group takes its nudge back', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const pm = await t.as(
      await t.given.person({ name: 'Paul Plan', roles: [Role.PROGRAM_MANAGER] }),
    );
    const s = await givenPeerGroup(t, { size: 3 });
    await pm.data(DOCS.createRule, {
      input: {
        programmeId: s.programme.id,
        eventKind: 'PEER_GROUP',
        audience: 'PROGRAM_MANAGERS',
        template: 'NUDGE',
        nudge: 'NO_ROUND_PLANNED',
        anchor: 'START',
        offsetDays: 0,
      },
    });
    await planRound(pm, s.groupId, '2026-04-16');
    await pm.data(
      `mutation($input: ChangePeerGroupStatusInput!) { changePeerGroupStatus(input: $input) { id } }`,
      { input: { groupId: s.groupId, status: 'ENDED' } },
    );
    const rows = (await pm.data(LEDGER, { eventId: s.groupId })).reminders.nodes as any[];
    expect(rows.filter((r) => r.status === 'PENDING')).toEqual([]);
    expect(rows.every((r) => r.status === 'CANCELLED' || r.status === 'SKIPPED')).toBe(true);
  });
});
