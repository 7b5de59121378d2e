import { Role } from '@zyklus/identity';
import { ReminderDispatcher } from '@zyklus/reminders';
import { ParsedMail } from 'mailparser';
import { givenPeerGroup, PeerScenario, problem } from '../../support/peer-rounds';
import { calendarOf, DOCS, mailsOf } from '../../support/reminder-scenario';
import { SmtpSink } from '../../support/smtp-sink';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const SECRET = 'Der Bürgermeister hat die Förderung gestrichen';
const linksOf = (mail: ParsedMail) => mail.text!.match(/https?:\/\/\S+/g) ?? [];
const to = (mail: ParsedMail) => (mail.to && 'value' in mail.to ? mail.to.value[0]?.name : '');
const LEDGER = `query ($eventId: ID) { reminders(eventId: $eventId, first: 100) {
  nodes { kind status reason dueAt recipient { name } } } }`;

describe('peer-round reminders: by rule, late joiners, RSVP from the mail, moves and cancellations', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let s: PeerScenario;
  let dispatcher: ReminderDispatcher;
  let rounds: any[];
  const clock = new TestClock('2026-03-02T09:00:00Z');
  const pmNow = async () => t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
  const ledger = async (roundId: string) =>
    (await (await pmNow()).data(LEDGER, { eventId: roundId })).reminders.nodes as any[];

  beforeAll(async () => {
    sink = await SmtpSink.start();
    t = await TestApp.start({ SMTP_URL: sink.url }, clock);
    dispatcher = t.app.get(ReminderDispatcher);
    s = await givenPeerGroup(t, { size: 3 });
    for (const [audience, offsetDays] of [
      ['MEMBERS', -7],
      ['MEMBERS', -1],
      ['CASE_GIVERS', -3],
    ] as const) {
      await s.pm.data(DOCS.createRule, {
        input: { programmeId: s.programme.id, eventKind: 'PEER_ROUND', audience, offsetDays },
      });
    }
    const { planPeerRounds } = await s.pm.data(
      `mutation($input: PlanPeerRoundsInput!) { planPeerRounds(input: $input) { rounds { id } } }`,
      {
        input: {
          groupId: s.groupId,
          firstDate: '2026-03-19',
          startTime: '18:00',
          endTime: '19:30',
          everyWeeks: 2,
          count: 2,
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/runde',
        },
      },
    );
    rounds = planPeerRounds.rounds;
    await s.clients[0]!.data(
      `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id } }`,
      {
        input: {
          groupId: s.groupId,
          title: 'Förderung weg',
          keyQuestion: 'Was tun?',
          text: SECRET,
        },
      },
    );
  });
  afterAll(async () => {
    await t.close();
    await sink.close();
  });

  it('reminds the members 7 days before at the round’s wall-clock time, with the answer page, a decline link and the .ics — no case text', async () => {
    clock.set('2026-03-12T17:00:00Z'); // 18:00 Berlin, 7 days before the first round
    expect((await dispatcher.tick()).sent).toBe(3);
    expect(mailsOf(sink.messages)).toEqual(
      s.people
        .map((p) => `${p.name}: Erinnerung: Kollegiale Runde – Runde Nord-Ost am 19.03.2026`)
        .sort(),
    );
    const mail = sink.messages[0]!;
    expect(mail.text).toContain('18:00–19:30 Uhr');
    expect(mail.text).toContain('https://meet.example.org/runde');
    const links = linksOf(mail);
    // One link per answer to the round's page, which preselects it (saved only on a click there).
    for (const answer of ['YES', 'MAYBE', 'NO']) {
      expect(links.some((l) => l.endsWith(`/runden/${rounds[0].id}?answer=${answer}`))).toBe(true);
    }
    expect(links.some((l) => l.includes('/decline/'))).toBe(true);
    const ics = calendarOf(mail);
    expect(ics).toContain('METHOD:REQUEST');
    for (const m of sink.messages) {
      expect(`${m.text}${m.html}${calendarOf(m)}`).not.toContain(SECRET);
    }
  });

  it('a member who joins late is reminded of the next round only', async () => {
    sink.clear();
    const late = await t.given.person({ name: 'Lena Spät' });
    await (
      await pmNow()
    ).data(
      `mutation($input: AddPeerGroupMemberInput!) { addPeerGroupMember(input: $input) { id } }`,
      { input: { groupId: s.groupId, personId: late.id, fromDate: '2026-03-20' } },
    );
    const first = await ledger(rounds[0].id);
    expect(first.map((r) => r.recipient.name)).not.toContain('Lena Spät');
    const second = await ledger(rounds[1].id);
    expect(
      second
        .filter((r) => r.recipient.name === 'Lena Spät')
        .map((r) => r.dueAt)
        .sort(),
    ).toEqual([
      // 18:00 Berlin: 17:00 UTC in winter time, 16:00 UTC once the clocks went forward.
      '2026-03-26T17:00:00.000Z',
      '2026-04-01T16:00:00.000Z',
    ]);
    clock.set('2026-03-26T17:00:00Z');
    await dispatcher.tick();
    expect(mailsOf(sink.messages)).toContain(
      'Lena Spät: Erinnerung: Kollegiale Runde – Runde Nord-Ost am 02.04.2026',
    );
  });

  it('RSVP from the mailed link: a look changes nothing, confirming answers NO and stops that member’s reminders', async () => {
    const mail = sink.messages.find((m) => to(m) === s.people[1]!.name)!;
    const path = new URL(linksOf(mail).find((l) => l.includes('/decline/'))!).pathname;
    const round = `query($id: ID!) { peerRound(id: $id) { myRsvp rsvpCounts { no } } }`;
    const member = await t.as(s.people[1]!);
    await t.http().get(path).expect(200);
    expect((await member.data(round, { id: rounds[1].id })).peerRound).toEqual({
      myRsvp: null,
      rsvpCounts: { no: 0 },
    });

    await t.http().post(path).expect(200);
    expect((await member.data(round, { id: rounds[1].id })).peerRound).toEqual({
      myRsvp: 'NO',
      rsvpCounts: { no: 1 },
    });
    const rows = (await ledger(rounds[1].id)).filter((r) => r.recipient.name === s.people[1]!.name);
    expect(rows.find((r) => r.dueAt === '2026-04-01T16:00:00.000Z')).toMatchObject({
      status: 'CANCELLED',
    });
  });

  it('moving a round moves its reminders and sends a change notice with the earlier time', async () => {
    sink.clear();
    const pm = await pmNow();
    await pm.data(
      `mutation($input: MovePeerRoundInput!) { movePeerRound(input: $input) { sequence } }`,
      {
        input: { roundId: rounds[1].id, date: '2026-04-09', startTime: '17:00', endTime: '18:30' },
      },
    );
    await dispatcher.tick();
    const notices = sink.messages.filter((m) => m.subject!.startsWith('Verschoben'));
    expect(notices.map(to).sort()).toEqual(
      [s.people[0]!.name, s.people[2]!.name, 'Lena Spät'].sort(),
    );
    const notice = notices[0]!;
    expect(notice.subject).toBe('Verschoben: Kollegiale Runde – Runde Nord-Ost am 09.04.2026');
    expect(notice.text).toContain('17:00–18:30 Uhr');
    expect(notice.text).toContain('Bisher: Donnerstag, 2. April 2026, 18:00–19:30 Uhr');
    expect(calendarOf(notice)).toContain('SEQUENCE:1');
    const pending = (await ledger(rounds[1].id)).filter(
      (r) => r.status === 'PENDING' && r.kind === 'REMINDER',
    );
    // Both rules remind about the new date at its wall-clock time (17:00 Berlin = 15:00 UTC).
    expect(new Set(pending.map((r) => r.dueAt))).toEqual(
      new Set(['2026-04-02T15:00:00.000Z', '2026-04-08T15:00:00.000Z']),
    );
  });

  it('cancelling a round cancels its reminders and mails a cancellation (METHOD:CANCEL)', async () => {
    sink.clear();
    const pm = await pmNow();
    await pm.data(
      `mutation($input: CancelPeerRoundInput!) { cancelPeerRound(input: $input) { status } }`,
      { input: { roundId: rounds[1].id, reason: 'Zu wenige Zusagen' } },
    );
    await dispatcher.tick();
    const cancellations = sink.messages.filter((m) => m.subject!.startsWith('Abgesagt'));
    expect(cancellations).toHaveLength(3);
    expect(cancellations[0]!.text).toContain('Grund: Zu wenige Zusagen');
    expect(calendarOf(cancellations[0]!)).toContain('METHOD:CANCEL');
    const rows = await ledger(rounds[1].id);
    expect(rows.filter((r) => r.status === 'PENDING')).toEqual([]);
    clock.set('2026-04-08T15:00:00Z');
    sink.clear();
    expect((await dispatcher.tick()).sent).toBe(0);
  });

  it('rounds are in the members’ calendar feeds, without case texts; rules for a non-existent audience are refused', async () => {
    const member = await t.as(s.people[0]!);
    const { createCalendarFeed } = await member.data(`mutation { createCalendarFeed { url } }`);
    const feed = await t.download(new URL(createCalendarFeed.url).pathname);
    expect(feed.status).toBe(200);
    expect(feed.text).toContain('Kollegiale Runde – Runde Nord-Ost');
    expect(feed.text).not.toContain(SECRET);
    const wrong = await (
      await pmNow()
    ).gql(DOCS.createRule, {
      input: {
        programmeId: s.programme.id,
        eventKind: 'PEER_ROUND',
        audience: 'PARTICIPANTS',
        offsetDays: -2,
      },
    });
    expect(problem(wrong)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'AUDIENCE_NOT_OF_KIND',
    });
  });
});
