import { PersonEntity, Role } from '@zyklus/identity';
import { ParsedMail } from 'mailparser';
import { ACCEPT, BuddyScenario, PROPOSE } from '../support/buddy-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { parseCalendar } from '../support/ical';
import { DOCS, ReminderHarness } from '../support/reminder-scenario';
import { SmtpSink } from '../support/smtp-sink';
import { TestApp } from '../support/test-app';

const PLAN = `mutation ($input: PlanBuddySessionInput!) { planBuddySession(input: $input) { id sequence } }`;
const MOVE = `mutation ($input: RescheduleBuddySessionInput!) { rescheduleBuddySession(input: $input) { sequence } }`;
const CANCEL = `mutation ($input: CancelBuddySessionInput!) { cancelBuddySession(input: $input) { status } }`;
const OUTCOME = `mutation ($input: RecordBuddySessionOutcomeInput!) { recordBuddySessionOutcome(input: $input) { status } }`;
const DECLINE = `mutation ($input: DeclineBuddyPairingInput!) { declineBuddyPairing(input: $input) { status } }`;
const PAUSE = `mutation ($input: PauseBuddyPairingInput!) { pauseBuddyPairing(input: $input) { status } }`;
const REPORT = `mutation ($input: ReportBuddyProblemInput!) { reportBuddyProblem(input: $input) { id } }`;
const FEED = 'mutation { createCalendarFeed { url } }';
const LEDGER = `query ($eventId: ID) { reminders(eventId: $eventId, first: 100) {
  nodes { kind status reason dueAt recipient { name } rule { offsetDays } } } }`;

const to = (mail: ParsedMail) => (mail.to && 'value' in mail.to ? mail.to.value[0]?.name : '');
const lines = (sink: SmtpSink) => sink.messages.map((m) => `${to(m)}: ${m.subject}`).sort();
const ics = (mail: ParsedMail) => {
  const attachment = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!attachment) throw new Error(`No calendar in "${mail.subject}"`);
  return parseCalendar(attachment.content.toString('utf8'));
};

describe('buddy mails, reminders, feeds and nudges on a real SMTP server', () => {
  let harness: ReminderHarness;
  let t: TestApp;
  let sink: SmtpSink;
  let pm: GraphQLClient;

  beforeAll(async () => {
    harness = await ReminderHarness.start();
    ({ t, sink, pm } = harness);
  });
  afterAll(() => harness.close());
  beforeEach(() => {
    sink.clear();
    t.clock.set('2026-01-05T08:00:00Z');
  });

  /** A pair proposed now; `active` also accepted by both. */
  async function pair(s: BuddyScenario, nc: string, buddy: string, active = true) {
    const anna = await s.alumnus(buddy);
    const nora = await s.newcomer(nc);
    const { proposeBuddyPairings } = await pm.data(PROPOSE, {
      input: { cohortId: s.cohort.id, pairs: [{ newCoordinatorId: nora.id, buddyId: anna.id }] },
    });
    const id = proposeBuddyPairings[0].id as string;
    if (active) {
      await (await t.as(nora)).data(ACCEPT, { id });
      await (await t.as(anna)).data(ACCEPT, { id });
    }
    return { id, nora, anna };
  }
  const as = (person: PersonEntity) => t.as(person);

  it('mails a proposal to both with the reasons and a link to answer', async () => {
    const s = await BuddyScenario.start(t);
    const { id } = await pair(s, 'Nora Neu', 'Anna Alt', false);
    expect(lines(sink)).toEqual([
      'Anna Alt: Vorschlag: Buddy-Tandem mit Nora Neu',
      'Nora Neu: Vorschlag: Buddy-Tandem mit Anna Alt',
    ]);
    const nora = sink.messages.find((m) => to(m) === 'Nora Neu')!;
    expect(nora.text).toContain('gleiches Bundesland (Bayern)');
    expect(nora.text).toContain(`/tandem/${id}`);
    // No email address of the other before both accepted.
    expect(nora.text).not.toMatch(/anna\.alt[^\s]*@example\.org/);
  });

  it('sends the other one the invitation, change and cancellation with .ics, and reminders by rule', async () => {
    const s = await BuddyScenario.start(t);
    await pm.data(DOCS.createRule, {
      input: {
        programmeId: s.cohort.programmeId,
        eventKind: 'BUDDY_SESSION',
        audience: 'PAIR',
        offsetDays: -1,
      },
    });
    const { id, nora, anna } = await pair(s, 'Nora Neu', 'Anna Alt');
    sink.clear();
    const { planBuddySession } = await (
      await as(anna)
    ).data(PLAN, {
      input: {
        pairingId: id,
        startsAt: '2026-01-14T16:00:00Z',
        endsAt: '2026-01-14T17:00:00Z',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/tandem',
        topic: 'Erste Initiativen',
      },
    });
    const sessionId = planBuddySession.id as string;
    expect(lines(sink)).toEqual(['Nora Neu: Einladung: Buddy-Treffen mit Anna Alt am 14.01.2026']);
    const invitation = ics(sink.messages[0]!);
    expect(invitation.method).toBe('REQUEST');
    expect(invitation.events[0]).toMatchObject({
      uid: `buddy_session-${sessionId}@zyklus`,
      sequence: 0,
      start: new Date('2026-01-14T16:00:00Z'),
    });
    expect(sink.messages[0]!.text).toContain('Mittwoch, 14. Januar 2026, 17:00–18:00 Uhr');

    sink.clear();
    await (
      await as(nora)
    ).data(MOVE, {
      input: { id: sessionId, startsAt: '2026-01-15T16:00:00Z', endsAt: '2026-01-15T17:00:00Z' },
    });
    expect(lines(sink)).toEqual(['Anna Alt: Geändert: Buddy-Treffen mit Nora Neu am 15.01.2026']);
    expect(sink.messages[0]!.text).toContain('Bisher: Mittwoch, 14. Januar 2026, 17:00–18:00 Uhr');
    expect(ics(sink.messages[0]!).events[0]).toMatchObject({ sequence: 1 });

    // The reminder one day before goes to both, as the rule says.
    sink.clear();
    t.clock.set('2026-01-14T16:00:00Z');
    expect(await harness.dispatcher.tick()).toMatchObject({ sent: 2 });
    expect(lines(sink)).toEqual([
      'Anna Alt: Erinnerung: Buddy-Treffen Nora Neu & Anna Alt am 15.01.2026',
      'Nora Neu: Erinnerung: Buddy-Treffen Nora Neu & Anna Alt am 15.01.2026',
    ]);
    expect(ics(sink.messages[0]!).events[0]).toMatchObject({
      uid: `buddy_session-${sessionId}@zyklus`,
      sequence: 1,
    });

    // A cancelled session: the other gets a METHOD:CANCEL; pending reminders are cancelled.
    sink.clear();
    const second = (
      await (
        await as(nora)
      ).data(PLAN, {
        input: {
          pairingId: id,
          startsAt: '2026-01-28T16:00:00Z',
          endsAt: '2026-01-28T17:00:00Z',
          format: 'PHONE',
        },
      })
    ).planBuddySession.id as string;
    sink.clear();
    await (await as(anna)).data(CANCEL, { input: { id: second, reason: 'Krank' } });
    expect(lines(sink)).toEqual(['Nora Neu: Abgesagt: Buddy-Treffen mit Anna Alt am 28.01.2026']);
    expect(ics(sink.messages[0]!).method).toBe('CANCEL');
    expect(sink.messages[0]!.text).toContain('Grund: Krank');
    const { reminders } = await pm.data(LEDGER, { eventId: second });
    expect(
      reminders.nodes.map((r: { status: string; reason: string }) => [r.status, r.reason]),
    ).toEqual([
      ['CANCELLED', 'event cancelled'],
      ['CANCELLED', 'event cancelled'],
    ]);
  });

  it('puts sessions in both people’s calendar feeds and in nobody else’s, without notes', async () => {
    const s = await BuddyScenario.start(t);
    const { id, nora, anna } = await pair(s, 'Nora Neu', 'Anna Alt');
    const { planBuddySession } = await (
      await as(anna)
    ).data(PLAN, {
      input: {
        pairingId: id,
        startsAt: '2026-01-05T09:00:00Z',
        endsAt: '2026-01-05T10:00:00Z',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/tandem',
      },
    });
    t.clock.set('2026-01-05T11:00:00Z');
    await (
      await as(nora)
    ).data(OUTCOME, {
      input: { id: planBuddySession.id, outcome: 'HELD', notes: 'GEHEIME NOTIZ zur Schulleitung' },
    });
    const feedOf = async (person: PersonEntity) => {
      const { createCalendarFeed } = await (await as(person)).data(FEED);
      const response = await t.http().get(new URL(createCalendarFeed.url).pathname).expect(200);
      return response.text;
    };
    for (const person of [nora, anna]) {
      const feed = await feedOf(person);
      expect(parseCalendar(feed).events.map((e) => e.uid)).toContain(
        `buddy_session-${planBuddySession.id}@zyklus`,
      );
      expect(feed).not.toContain('GEHEIME NOTIZ');
    }
    const manager = await t.given.person({ roles: [Role.PROGRAM_MANAGER] });
    const managerFeed = await feedOf(manager);
    expect(managerFeed).not.toContain(`buddy_session-${planBuddySession.id}`);
    const stranger = await s.newcomer('Sven Fremd');
    expect(await feedOf(stranger)).not.toContain('buddy_session-');
  });

  it('mails the program managers a problem report', async () => {
    const s = await BuddyScenario.start(t);
    const { id, nora } = await pair(s, 'Nora Neu', 'Anna Alt');
    sink.clear();
    await (
      await as(nora)
    ).data(REPORT, {
      input: { pairingId: id, text: 'Anna antwortet seit Wochen nicht.', pleaseEnd: true },
    });
    const mail = await sink.waitFor(
      (m) => m.subject === 'Problem im Buddy-Tandem Nora Neu & Anna Alt',
    );
    expect(mail.text).toContain('Anna antwortet seit Wochen nicht.');
    expect(mail.text).toContain('Nora Neu bittet darum, das Tandem zu beenden.');
  });

  it('sends each nudge when nothing happened, and skips it with its reason when it did', async () => {
    const s = await BuddyScenario.start(t);
    const programmeId = s.cohort.programmeId;
    const rule = (nudge: string, anchor: string, offsetDays: number, audience: string) =>
      pm.data(DOCS.createRule, {
        input: {
          programmeId,
          eventKind: 'BUDDY_PAIRING',
          template: 'NUDGE',
          nudge,
          anchor,
          offsetDays,
          audience,
        },
      });
    await rule('PROPOSAL_UNANSWERED', 'START', 7, 'UNANSWERED');
    await rule('NO_SESSION_PLANNED', 'START', 14, 'PAIR');
    await rule('NO_SESSION_HELD', 'END', 45, 'PAIR');
    await rule('NO_SESSION_HELD', 'END', 60, 'PROGRAM_MANAGERS');
    t.clock.set('2026-01-05T09:00:00Z');

    // Proposals: Nora accepts, Anna does not answer; Max declines.
    const open = await pair(s, 'Nora Neu', 'Anna Alt', false);
    const declined = await pair(s, 'Max Mai', 'Ben Brandt', false);
    // Active pairs: Lea & Carla plan a session; Tom & Uwe plan nothing.
    const planned = await pair(s, 'Lea Lang', 'Carla Cramer');
    const idle = await pair(s, 'Tom Thal', 'Uwe Ulm');
    t.clock.set('2026-01-06T09:00:00Z');
    await (await as(open.nora)).data(ACCEPT, { id: open.id });
    await (
      await as(declined.nora)
    ).data(DECLINE, { input: { id: declined.id, reason: 'Passt zeitlich nicht' } });
    const session = (
      await (
        await as(planned.nora)
      ).data(PLAN, {
        input: {
          pairingId: planned.id,
          startsAt: '2026-01-08T09:00:00Z',
          endsAt: '2026-01-08T10:00:00Z',
          format: 'PHONE',
        },
      })
    ).planBuddySession.id as string;
    t.clock.set('2026-01-08T11:00:00Z');
    await (await as(planned.anna)).data(OUTCOME, { input: { id: session, outcome: 'HELD' } });
    sink.clear();

    // Day 7: the proposal nudge to Anna only; Ben's is skipped (declined).
    t.clock.set('2026-01-12T09:00:00Z');
    await harness.dispatcher.tick();
    expect(lines(sink)).toEqual(['Anna Alt: Noch offen: Ihr Vorschlag für ein Buddy-Tandem']);
    expect(sink.messages[0]!.attachments).toHaveLength(0);
    const ledger = async (eventId: string) =>
      (
        (await pm.data(LEDGER, { eventId })).reminders.nodes as {
          status: string;
          reason: string | null;
          recipient: { name: string } | null;
          rule: { offsetDays: number };
        }[]
      )
        .map(
          (r) =>
            `${r.rule.offsetDays} ${r.recipient?.name ?? '-'}: ${r.status}${r.reason ? ` (${r.reason})` : ''}`,
        )
        .sort();
    expect((await ledger(open.id)).filter((row) => row.startsWith('7 '))).toEqual([
      '7 Anna Alt: SENT',
      '7 Nora Neu: CANCELLED (answered the proposal)',
    ]);
    expect(await ledger(declined.id)).toContain(
      '7 Ben Brandt: SKIPPED (the proposal was declined)',
    );

    // Day 14 after activation: the idle pair is nudged; the pair with a session is not.
    sink.clear();
    t.clock.set('2026-01-19T09:00:00Z');
    await harness.dispatcher.tick();
    expect(lines(sink)).toEqual([
      'Tom Thal: Noch kein Treffen geplant: Tom Thal & Uwe Ulm',
      'Uwe Ulm: Noch kein Treffen geplant: Tom Thal & Uwe Ulm',
    ]);
    expect(await ledger(planned.id)).toContain('14 Lea Lang: SKIPPED (a session was planned)');

    // Tom pauses; 45 days after the last session held (or the start), the pairs are nudged:
    // Lea & Carla 45 days after their session, Tom & Uwe not (paused).
    await (await as(idle.nora)).data(PAUSE, { input: { id: idle.id, until: '2026-04-30' } });
    sink.clear();
    t.clock.set('2026-02-22T09:00:00Z');
    await harness.dispatcher.tick();
    expect(lines(sink)).toEqual([
      'Carla Cramer: Lange kein Treffen: Lea Lang & Carla Cramer',
      'Lea Lang: Lange kein Treffen: Lea Lang & Carla Cramer',
    ]);
    expect(await ledger(idle.id)).toContain('45 Tom Thal: SKIPPED (the pairing is paused)');
    // 60 days: the program managers hear of Lea & Carla.
    sink.clear();
    t.clock.set('2026-03-09T09:00:00Z');
    await harness.dispatcher.tick();
    const managerMails = sink.messages.filter(
      (m) => m.subject === 'Lange kein Treffen: Lea Lang & Carla Cramer',
    );
    expect(managerMails.length).toBeGreaterThan(0);
    expect(managerMails[0]!.text).toContain('Vielleicht braucht das Tandem Unterstützung.');
  });
});
