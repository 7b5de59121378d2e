import { Role } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { ParsedMail } from 'mailparser';
import { givenPeerGroup, PeerScenario, planRound } from '../../support/peer-rounds';
import { DOCS } from '../../support/reminder-scenario';
import { SmtpSink } from '../../support/smtp-sink';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const to = (mail: ParsedMail) => (mail.to && 'value' in mail.to ? mail.to.value[0]?.name : '');
const LEDGER = `query ($eventId: ID) { reminders(eventId: $eventId, first: 100) {
  nodes { status reason recipient { name } rule { nudge } } } }`;
const ASSIGN = `mutation($input: AssignPeerRolesInput!) { assignPeerRoundRoles(input: $input) { id } }`;

/**
 * The peer rounds' nudges (DESIGN §8), each sent when its condition holds and SKIPPED with the
 * reason when it no longer does: the moderator 5 days before if no case is scheduled, the
 * secretary the day after for the minutes, the members the day after for feedback.
 */
describe('peer-round nudges: sent, or skipped with the reason', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let s: PeerScenario;
  let dispatcher: ReminderDispatcher;
  const clock = new TestClock('2026-03-02T09:00:00Z');
  const pmNow = async () => t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
  const nudges = async (roundId: string) =>
    ((await (await pmNow()).data(LEDGER, { eventId: roundId })).reminders.nodes as any[])
      .filter((r) => r.rule?.nudge)
      .map((r) => [r.rule.nudge, r.recipient.name, r.status, r.reason]);

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ SMTP_URL: sink.url }, clock);
    dispatcher = t.app.get(ReminderDispatcher);
    s = await givenPeerGroup(t, { size: 3 });
    for (const [audience, nudge, anchor, offsetDays] of [
      ['MODERATOR', 'NO_CASE_SCHEDULED', 'START', -5],
      ['SECRETARY', 'MINUTES_MISSING', 'END', 1],
      ['MEMBERS', 'FEEDBACK', 'END', 1],
    ] as const) {
      await s.pm.data(DOCS.createRule, {
        input: {
          programmeId: s.programme.id,
          eventKind: 'PEER_ROUND',
          audience,
          template: 'NUDGE',
          nudge,
          anchor,
          offsetDays,
        },
      });
    }
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('nudges the moderator when no case is scheduled, and skips it once one is', async () => {
    const [a, b] = s.people;
    const empty = await planRound(s.pm, s.groupId, '2026-03-26', '17:00', '18:00');
    const withCase = await planRound(s.pm, s.groupId, '2026-03-26');
    for (const round of [empty, withCase]) {
      await s.pm.data(ASSIGN, {
        input: { roundId: round.id, moderatorId: a!.id, secretaryId: b!.id, caseGiverIds: [] },
      });
    }
    const { proposePeerCase } = await s.clients[2]!.data(
      `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id } }`,
      { input: { groupId: s.groupId, title: 'Netzwerk wächst', keyQuestion: 'Wie skaliere ich?' } },
    );
    await s.clients[2]!.data(
      `mutation($input: SchedulePeerCaseInput!) { schedulePeerCase(input: $input) { id } }`,
      { input: { caseId: proposePeerCase.id, roundId: withCase.id } },
    );
    clock.set('2026-03-21T17:00:00Z'); // 5 days before both rounds, 18:00 Berlin
    await dispatcher.tick();
    expect(await nudges(empty.id)).toContainEqual(['NO_CASE_SCHEDULED', a!.name, 'SENT', null]);
    expect(await nudges(withCase.id)).toContainEqual([
      'NO_CASE_SCHEDULED',
      a!.name,
      'SKIPPED',
      'a case is scheduled',
    ]);
    const mail = sink.messages.find((m) => m.subject?.startsWith('Noch kein Fall'))!;
    expect(to(mail)).toBe(a!.name);
    expect(mail.text).toContain('ist noch kein Fall eingeplant');
  });

  it('the day after a held round: the secretary for the minutes (skipped once written), the members for feedback (skipped if not held)', async () => {
    const [a, b] = s.people;
    const organiser = await pmNow();
    const held = await planRound(organiser, s.groupId, '2026-04-09');
    const written = await planRound(organiser, s.groupId, '2026-04-16');
    const missed = await planRound(organiser, s.groupId, '2026-04-23');
    for (const round of [held, written, missed]) {
      await organiser.data(ASSIGN, {
        input: { roundId: round.id, moderatorId: a!.id, secretaryId: b!.id, caseGiverIds: [] },
      });
    }
    const record = async (roundId: string, yes: boolean) =>
      (await pmNow()).data(
        `mutation($input: RecordPeerAttendanceInput!) { recordPeerRoundAttendance(input: $input) { status } }`,
        { input: { roundId, held: yes, presentPersonIds: yes ? s.people.map((p) => p.id) : [] } },
      );
    const dayAfter = async (instant: string) => {
      clock.set(instant);
      sink.clear();
      await dispatcher.tick();
    };

    // Held, no minutes: the secretary and every member hear from Zyklus the day after.
    clock.set('2026-04-09T18:00:00Z');
    await record(held.id, true);
    await dayAfter('2026-04-10T17:31:00Z'); // 19:31 Berlin, a day after its end
    expect((await nudges(held.id)).filter((n) => n[0] !== 'NO_CASE_SCHEDULED').sort()).toEqual(
      [
        ['FEEDBACK', s.people[0]!.name, 'SENT', null],
        ['FEEDBACK', s.people[1]!.name, 'SENT', null],
        ['FEEDBACK', s.people[2]!.name, 'SENT', null],
        ['MINUTES_MISSING', b!.name, 'SENT', null],
      ].sort(),
    );
    const minutesMail = sink.messages.find((m) => m.subject?.startsWith('Protokoll'))!;
    expect(to(minutesMail)).toBe(b!.name);
    expect(sink.messages.filter((m) => m.subject?.startsWith('Wie war die Runde'))).toHaveLength(3);

    // Held, minutes written the same evening: no minutes nudge.
    clock.set('2026-04-16T18:00:00Z');
    await record(written.id, true);
    await (
      await t.as(b!)
    ).data(
      `mutation($input: WritePeerMinutesInput!) { writePeerRoundMinutes(input: $input) { text } }`,
      { input: { roundId: written.id, text: 'Kurzprotokoll' } },
    );
    await dayAfter('2026-04-17T17:31:00Z');
    expect(await nudges(written.id)).toContainEqual([
      'MINUTES_MISSING',
      b!.name,
      'SKIPPED',
      'the minutes are written',
    ]);

    // Did not happen: neither minutes nor feedback are asked for.
    clock.set('2026-04-23T18:00:00Z');
    await record(missed.id, false);
    await dayAfter('2026-04-24T17:31:00Z');
    const last = await nudges(missed.id);
    expect(last).toContainEqual(['MINUTES_MISSING', b!.name, 'SKIPPED', 'the round was not held']);
    expect(last.filter((n) => n[0] === 'FEEDBACK').map((n) => n[3])).toEqual(
      Array(3).fill('the round was not held'),
    );
    expect(sink.messages).toEqual([]);
  });
});
