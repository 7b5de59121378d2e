import AdmZip from 'adm-zip';
import { Role } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { ACCEPT, BuddyScenario, problem, PROPOSE } from '../support/buddy-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const SESSION_FIELDS = `id status format place onlineUrl topic startsAt endsAt sequence plannedBy notes`;
const PLAN = `mutation ($input: PlanBuddySessionInput!) { planBuddySession(input: $input) { ${SESSION_FIELDS} } }`;
const MOVE = `mutation ($input: RescheduleBuddySessionInput!) { rescheduleBuddySession(input: $input) { ${SESSION_FIELDS} } }`;
const CANCEL = `mutation ($input: CancelBuddySessionInput!) { cancelBuddySession(input: $input) { ${SESSION_FIELDS} } }`;
const OUTCOME = `mutation ($input: RecordBuddySessionOutcomeInput!) { recordBuddySessionOutcome(input: $input) { ${SESSION_FIELDS} } }`;
const NOTES = `mutation ($input: SetBuddySessionNotesInput!) { setBuddySessionNotes(input: $input) { ${SESSION_FIELDS} } }`;
const PAIRING = `query ($id: ID!) { buddyPairing(id: $id) {
  status sessionsHeld lastSessionHeldAt sessions { ${SESSION_FIELDS} } goals { text status } } }`;
const LIST = `query ($cohortId: ID!) { buddyPairings(cohortId: $cohortId) {
  id status sessionsHeld lastSessionHeldAt openProblemReports newCoordinator { name email } buddy { name email }
  sessions { notes onlineUrl status } } }`;
const GOAL = `mutation ($input: AddBuddyGoalInput!) { addBuddyGoal(input: $input) { id text status } }`;
const GOAL_STATUS = `mutation ($input: SetBuddyGoalStatusInput!) { setBuddyGoalStatus(input: $input) { status doneAt } }`;
const REPORT = `mutation ($input: ReportBuddyProblemInput!) { reportBuddyProblem(input: $input) { id pleaseEnd reportedBy { name } } }`;
const REPORTS = `query ($cohortId: ID!) { buddyProblemReports(cohortId: $cohortId, open: true) { text pleaseEnd reportedBy { name } } }`;
const END = `mutation ($input: EndBuddyPairingInput!) { endBuddyPairing(input: $input) { status } }`;
const FEEDBACK = `mutation ($input: GiveBuddyFeedbackInput!) { giveBuddyFeedback(input: $input) { rating } }`;
const SUMMARY = `query ($cohortId: ID!) { buddyFeedbackSummary(cohortId: $cohortId) { count averageRating ratings comments } }`;

const NOTE = 'Nora traut sich noch nicht, die Schulleitung anzusprechen. Vertraulich!';

describe('buddy sessions, goals, reports and what stays the pair’s alone', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  async function activePair() {
    const s = await BuddyScenario.start(t);
    const anna = await s.alumnus('Anna Alt');
    const nora = await s.newcomer('Nora Neu');
    const { proposeBuddyPairings } = await pm.data(PROPOSE, {
      input: { cohortId: s.cohort.id, pairs: [{ newCoordinatorId: nora.id, buddyId: anna.id }] },
    });
    const id = proposeBuddyPairings[0].id as string;
    const asAnna = await t.as(anna);
    const asNora = await t.as(nora);
    await asNora.data(ACCEPT, { id });
    await asAnna.data(ACCEPT, { id });
    return { s, id, anna, nora, asAnna, asNora };
  }

  const session = {
    startsAt: '2026-01-15T16:00:00.000Z',
    endsAt: '2026-01-15T17:00:00.000Z',
    format: 'ONLINE',
    onlineUrl: 'https://meet.example.org/tandem',
    topic: 'Initiativen ansprechen',
  };

  it('plans, moves, cancels and marks sessions; a change people see raises the sequence', async () => {
    const { id, asAnna, asNora } = await activePair();
    const planned = (await asAnna.data(PLAN, { input: { pairingId: id, ...session } }))
      .planBuddySession;
    expect(planned).toMatchObject({ status: 'PLANNED', sequence: 0, plannedBy: 'BUDDY' });
    const moved = (
      await asNora.data(MOVE, {
        input: { id: planned.id, startsAt: '2026-01-15T17:00:00Z', endsAt: '2026-01-15T18:30:00Z' },
      })
    ).rescheduleBuddySession;
    expect(moved).toMatchObject({ sequence: 1, startsAt: '2026-01-15T17:00:00.000Z' });
    const same = (await asNora.data(MOVE, { input: { id: planned.id, topic: session.topic } }))
      .rescheduleBuddySession;
    expect(same.sequence).toBe(1);
    expect(
      problem(await asAnna.gql(OUTCOME, { input: { id: planned.id, outcome: 'HELD' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_YET_STARTED',
    });
    const cancelled = (await asAnna.data(CANCEL, { input: { id: planned.id, reason: 'Krank' } }))
      .cancelBuddySession;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 2 });
    expect(
      problem(await asNora.gql(MOVE, { input: { id: planned.id, topic: 'x' } })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'SESSION_NOT_PLANNED',
    });

    const second = (await asNora.data(PLAN, { input: { pairingId: id, ...session } }))
      .planBuddySession;
    t.clock.set('2026-01-15T18:00:00Z');
    const held = (
      await asNora.data(OUTCOME, { input: { id: second.id, outcome: 'HELD', notes: NOTE } })
    ).recordBuddySessionOutcome;
    expect(held).toMatchObject({ status: 'HELD', notes: NOTE });
    const { buddyPairing } = await asAnna.data(PAIRING, { id });
    expect(buddyPairing).toMatchObject({
      sessionsHeld: 1,
      lastSessionHeldAt: '2026-01-15T16:00:00.000Z',
    });
    expect(buddyPairing.sessions.map((x: { status: string }) => x.status)).toEqual([
      'HELD',
      'CANCELLED',
    ]);
    expect(buddyPairing.sessions[0].notes).toBe(NOTE);
  });

  it('refuses a session that ends before it starts, or in the past, and writes nothing', async () => {
    const { id, asAnna } = await activePair();
    const backwards = await asAnna.gql(PLAN, {
      input: { pairingId: id, ...session, endsAt: '2026-01-15T15:00:00Z' },
    });
    expect(problem(backwards)).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'endsAt',
      reason: 'ENDS_BEFORE_START',
    });
    const past = await asAnna.gql(PLAN, {
      input: {
        pairingId: id,
        ...session,
        startsAt: '2026-01-10T16:00:00Z',
        endsAt: '2026-01-10T17:00:00Z',
      },
    });
    expect(problem(past)).toMatchObject({ field: 'startsAt', reason: 'IN_THE_PAST' });
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM buddy_session WHERE pairing_id = $1`, [id]);
    expect(n).toBe(0);
  });

  it('keeps notes from program managers on every path: GraphQL and the CSV export', async () => {
    const { id, s, asNora, nora, anna } = await activePair();
    const planned = (await asNora.data(PLAN, { input: { pairingId: id, ...session } }))
      .planBuddySession;
    t.clock.set('2026-01-15T18:00:00Z');
    await asNora.data(OUTCOME, { input: { id: planned.id, outcome: 'HELD', notes: NOTE } });

    const { buddyPairing } = await pm.data(PAIRING, { id });
    expect(buddyPairing.sessionsHeld).toBe(1);
    expect(buddyPairing.sessions[0]).toMatchObject({
      status: 'HELD',
      notes: null,
      onlineUrl: null,
    });
    const { buddyPairings } = await pm.data(LIST, { cohortId: s.cohort.id });
    expect(buddyPairings[0]).toMatchObject({
      sessionsHeld: 1,
      lastSessionHeldAt: '2026-01-15T16:00:00.000Z',
      newCoordinator: { name: 'Nora Neu', email: nora.email },
      buddy: { name: 'Anna Alt', email: anna.email },
    });
    expect(buddyPairings[0].sessions[0].notes).toBeNull();
    expect(JSON.stringify(buddyPairings)).not.toContain('Schulleitung');

    const notes = await pm.gql(NOTES, { input: { id: planned.id, notes: 'PM-Notiz' } });
    expect(problem(notes)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOTES_PAIR_ONLY' });
    const outcome = await pm.gql(OUTCOME, {
      input: { id: planned.id, outcome: 'HELD', notes: 'x' },
    });
    expect(problem(outcome)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOTES_PAIR_ONLY' });

    const csv = await t.download(`/exports/cohorts/${s.cohort.id}/buddy-pairings.csv`, {
      authorization: `Bearer ${await t.tokenFor(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }))}`,
    });
    expect(csv.status).toBe(200);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Neue:r Koordinator:in;Netzwerk;Buddy;Status;Punkte;Vorgeschlagen am;Aktiv seit;Beendet am;Endgrund;Treffen gehalten;Letztes Treffen;Offene Problemmeldungen',
    );
    expect(lines[1]).toMatch(
      /^Nora Neu;MINT-Netzwerk \d+;Anna Alt;aktiv;65;15\.01\.2026;15\.01\.2026;;;1;15\.01\.2026;0$/,
    );
    expect(csv.text).not.toContain('Schulleitung');
    expect(csv.text).not.toContain('meet.example.org');
    // A coordinator gets no export.
    const denied = await t.download(`/exports/cohorts/${s.cohort.id}/buddy-pairings.csv`, {
      authorization: `Bearer ${await t.tokenFor(nora)}`,
    });
    expect(denied.status).toBe(403);
  });

  it('puts one’s own notes in one’s data export (Art. 15), never the other one’s', async () => {
    const { id, asNora, asAnna, nora, anna } = await activePair();
    const first = (await asNora.data(PLAN, { input: { pairingId: id, ...session } }))
      .planBuddySession;
    const second = (
      await asNora.data(PLAN, {
        input: {
          pairingId: id,
          ...session,
          startsAt: '2026-01-15T17:30:00Z',
          endsAt: '2026-01-15T17:45:00Z',
        },
      })
    ).planBuddySession;
    t.clock.set('2026-01-15T18:00:00Z');
    await asNora.data(OUTCOME, { input: { id: first.id, outcome: 'HELD', notes: 'Noras Notiz' } });
    await asAnna.data(OUTCOME, { input: { id: second.id, outcome: 'HELD', notes: NOTE } });
    const exportOf = async (person: typeof nora) => {
      const { requestMyExport } = await (
        await t.as(person)
      ).data('mutation { requestMyExport { archiveUrl } }');
      const download = await t.download(new URL(requestMyExport.archiveUrl).pathname, {
        authorization: `Bearer ${await t.tokenFor(person)}`,
      });
      const zip = new AdmZip(download.bytes);
      return zip.getEntry('buddies.json')!.getData().toString('utf8');
    };
    const noras = await exportOf(nora);
    expect(noras).toContain('Noras Notiz');
    expect(noras).not.toContain('Schulleitung');
    const annas = await exportOf(anna);
    expect(annas).toContain('Schulleitung');
    expect(annas).not.toContain('Noras Notiz');
  });

  it('lets a coordinator use none of another pair’s ids', async () => {
    const { id, asNora } = await activePair();
    const other = await activePair();
    const theirs = (await other.asAnna.data(PLAN, { input: { pairingId: other.id, ...session } }))
      .planBuddySession;
    const goal = (
      await other.asNora.data(GOAL, {
        input: { pairingId: other.id, text: 'Drei Initiativen gewinnen' },
      })
    ).addBuddyGoal;
    const attempts: [string, Record<string, unknown>][] = [
      [PAIRING, { id: other.id }],
      [PLAN, { input: { pairingId: other.id, ...session } }],
      [MOVE, { input: { id: theirs.id, topic: 'x' } }],
      [CANCEL, { input: { id: theirs.id } }],
      [OUTCOME, { input: { id: theirs.id, outcome: 'HELD' } }],
      [NOTES, { input: { id: theirs.id, notes: 'x' } }],
      [GOAL, { input: { pairingId: other.id, text: 'x' } }],
      [GOAL_STATUS, { input: { id: goal.id, status: 'DONE' } }],
      [REPORT, { input: { pairingId: other.id, text: 'x' } }],
      [FEEDBACK, { input: { pairingId: other.id, rating: 1 } }],
      [END, { input: { id: other.id, reason: 'OTHER' } }],
      [LIST, { cohortId: other.s.cohort.id }],
    ];
    for (const [document, variables] of attempts) {
      const answer = await asNora.gql(document, variables);
      expect({ document: document.slice(0, 40), code: problem(answer)?.code }).toEqual({
        document: document.slice(0, 40),
        code: 'FORBIDDEN',
      });
    }
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM buddy_session WHERE pairing_id = $1`, [other.id]);
    expect(n).toBe(1);
    expect(id).not.toBe(other.id);
  });

  it('has goals, problem reports for program managers, and feedback in aggregate at the end', async () => {
    const { id, s, asAnna, asNora } = await activePair();
    const goal = (
      await asNora.data(GOAL, { input: { pairingId: id, text: 'Drei Initiativen gewinnen' } })
    ).addBuddyGoal;
    t.clock.set('2026-01-15T12:00:00Z');
    expect(
      (await asAnna.data(GOAL_STATUS, { input: { id: goal.id, status: 'DONE' } }))
        .setBuddyGoalStatus,
    ).toEqual({
      status: 'DONE',
      doneAt: '2026-01-15T12:00:00.000Z',
    });
    const report = (
      await asNora.data(REPORT, {
        input: { pairingId: id, text: 'Anna antwortet nicht mehr.', pleaseEnd: true },
      })
    ).reportBuddyProblem;
    expect(report).toMatchObject({ pleaseEnd: true, reportedBy: { name: 'Nora Neu' } });
    expect((await pm.data(REPORTS, { cohortId: s.cohort.id })).buddyProblemReports).toEqual([
      { text: 'Anna antwortet nicht mehr.', pleaseEnd: true, reportedBy: { name: 'Nora Neu' } },
    ]);
    const { buddyPairings } = await pm.data(LIST, { cohortId: s.cohort.id });
    expect(buddyPairings[0].openProblemReports).toBe(1);

    expect(
      problem(await asNora.gql(FEEDBACK, { input: { pairingId: id, rating: 4 } })),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'PAIRING_NOT_ENDED',
    });
    await pm.data(END, { input: { id, reason: 'UNAVAILABLE' } });
    await asNora.data(FEEDBACK, {
      input: { pairingId: id, rating: 4, text: 'Hat mir sehr geholfen.' },
    });
    await asAnna.data(FEEDBACK, { input: { pairingId: id, rating: 2 } });
    expect(
      problem(await asAnna.gql(FEEDBACK, { input: { pairingId: id, rating: 5 } })),
    ).toMatchObject({
      reason: 'FEEDBACK_GIVEN',
    });
    expect((await pm.data(SUMMARY, { cohortId: s.cohort.id })).buddyFeedbackSummary).toEqual({
      count: 2,
      averageRating: 3,
      ratings: [0, 1, 0, 1, 0],
      comments: ['Hat mir sehr geholfen.'],
    });
    expect(problem(await asNora.gql(SUMMARY, { cohortId: s.cohort.id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('costs the same number of SQL statements for 1 and for 6 pairings', async () => {
    const s = await BuddyScenario.start(t);
    const count = async () => {
      await pm.data(LIST, { cohortId: s.cohort.id });
      return t.countStatements(() => pm.data(LIST, { cohortId: s.cohort.id }));
    };
    const pairUp = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const buddy = await s.alumnus(`Buddy ${i}`, { capacity: 1 });
        const newcomer = await s.newcomer(`Neu ${i}`);
        await pm.data(PROPOSE, {
          input: {
            cohortId: s.cohort.id,
            pairs: [{ newCoordinatorId: newcomer.id, buddyId: buddy.id }],
          },
        });
      }
    };
    await pairUp(1);
    const one = await count();
    await pairUp(5);
    const six = await count();
    expect(six).toBe(one);
    expect(one).toBeLessThanOrEqual(4);
  });
});
