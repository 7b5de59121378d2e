import { givenPeerGroup, PeerScenario, planRound, problem } from '../../support/peer-rounds';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const ASSIGN = `mutation($input: AssignPeerRolesInput!) {
  assignPeerRoundRoles(input: $input) { roles { role personId name } } }`;
const SUGGEST = `query($id: ID!) { suggestedRoles(roundId: $id) {
  moderator { name lastHeldOn } caseGiver { name hasQueuedCase } secretary { name lastHeldOn } } }`;
const RSVP = `mutation($input: RespondToPeerRoundInput!) { respondToPeerRound(input: $input) { myRsvp rsvpCounts { yes no maybe } } }`;
const ATTEND = `mutation($input: RecordPeerAttendanceInput!) { recordPeerRoundAttendance(input: $input) { status attendanceCount } }`;
const MINUTES = `mutation($input: WritePeerMinutesInput!) { writePeerRoundMinutes(input: $input) { text } }`;
const FEEDBACK = `mutation($input: GivePeerFeedbackInput!) { givePeerRoundFeedback(input: $input) { rating reflection } }`;
const PROPOSE = `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id } }`;

describe('roles, RSVP, attendance, minutes and feedback of peer rounds', () => {
  let t: TestApp;
  let s: PeerScenario;
  const clock = new TestClock('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    t = await TestApp.start({}, clock);
    s = await givenPeerGroup(t, { size: 4 });
  });
  afterAll(() => t.close());

  it('suggests who held a role least recently; assigning is explicit and members only', async () => {
    const [a, b, c, d] = s.people;
    const first = await planRound(s.pm, s.groupId, '2026-03-05');
    const second = await planRound(s.pm, s.groupId, '2026-03-19');
    const third = await planRound(s.pm, s.groupId, '2026-04-02');
    await s.pm.data(ASSIGN, {
      input: { roundId: first.id, moderatorId: a!.id, secretaryId: b!.id, caseGiverIds: [c!.id] },
    });
    await s.pm.data(ASSIGN, {
      input: { roundId: second.id, moderatorId: b!.id, secretaryId: c!.id, caseGiverIds: [] },
    });
    await s.clients[3]!.data(PROPOSE, {
      input: {
        groupId: s.groupId,
        title: 'Förderantrag',
        keyQuestion: 'Wie formuliere ich Wirkung?',
      },
    });
    const { suggestedRoles } = await s.clients[0]!.data(SUGGEST, { id: third.id });
    // Never held first (by name), then longest ago.
    expect(suggestedRoles.moderator).toEqual([
      { name: c!.name, lastHeldOn: null },
      { name: d!.name, lastHeldOn: null },
      { name: a!.name, lastHeldOn: '2026-03-05' },
      { name: b!.name, lastHeldOn: '2026-03-19' },
    ]);
    expect(suggestedRoles.secretary.map((x: any) => x.name)).toEqual([
      a!.name,
      d!.name,
      b!.name,
      c!.name,
    ]);
    expect(suggestedRoles.caseGiver).toEqual([{ name: d!.name, hasQueuedCase: true }]);

    const outsider = await t.given.person();
    const bad = await s.pm.gql(ASSIGN, {
      input: { roundId: third.id, moderatorId: d!.id, secretaryId: outsider.id, caseGiverIds: [] },
    });
    expect(problem(bad)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_MEMBER',
      field: 'secretaryId',
    });
    const { peerRound } = await s.pm.data(
      `query($id: ID!) { peerRound(id: $id) { roles { role } } }`,
      {
        id: third.id,
      },
    );
    expect(peerRound.roles).toEqual([]);
  });

  it('members answer yes/no/maybe; others cannot', async () => {
    const round = await planRound(s.pm, s.groupId, '2026-04-16');
    await s.clients[0]!.data(RSVP, { input: { roundId: round.id, answer: 'YES' } });
    await s.clients[1]!.data(RSVP, { input: { roundId: round.id, answer: 'MAYBE' } });
    const { respondToPeerRound } = await s.clients[0]!.data(RSVP, {
      input: { roundId: round.id, answer: 'NO' },
    });
    expect(respondToPeerRound).toEqual({ myRsvp: 'NO', rsvpCounts: { yes: 0, no: 1, maybe: 1 } });
    const pmAnswer = await s.pm.gql(RSVP, { input: { roundId: round.id, answer: 'YES' } });
    expect(problem(pmAnswer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
  });

  it('attendance in bulk after the round, then minutes by members and feedback once', async () => {
    const round = await planRound(s.pm, s.groupId, '2026-03-10');
    const early = await s.pm.gql(ATTEND, {
      input: { roundId: round.id, held: true, presentPersonIds: [] },
    });
    expect(problem(early)).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_NOT_STARTED' });

    clock.set('2026-03-10T20:00:00Z');
    const pm = await t.as(await t.given.person({ roles: ['PROGRAM_MANAGER' as never] }));
    const member = await t.as(s.people[1]!);
    const outsider = await t.given.person();
    const wrong = await pm.gql(ATTEND, {
      input: { roundId: round.id, held: true, presentPersonIds: [s.people[0]!.id, outsider.id] },
    });
    expect(problem(wrong)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_MEMBER',
      field: 'presentPersonIds.1',
    });
    const { recordPeerRoundAttendance } = await pm.data(ATTEND, {
      input: {
        roundId: round.id,
        held: true,
        presentPersonIds: [s.people[0]!.id, s.people[1]!.id, s.people[2]!.id],
      },
    });
    expect(recordPeerRoundAttendance).toEqual({ status: 'HELD', attendanceCount: 3 });

    const { writePeerRoundMinutes } = await member.data(MINUTES, {
      input: { roundId: round.id, text: 'Phase 1–6 durchlaufen. Ergebnis: zwei Ideen.' },
    });
    expect(writePeerRoundMinutes.text).toContain('zwei Ideen');
    const byPm = await pm.gql(MINUTES, { input: { roundId: round.id, text: 'Von außen' } });
    expect(problem(byPm)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
    const byOutsider = await (
      await t.as(outsider)
    ).gql(MINUTES, { input: { roundId: round.id, text: 'x' } });
    expect(problem(byOutsider)).toMatchObject({ code: 'NOT_FOUND' });

    const { givePeerRoundFeedback } = await member.data(FEEDBACK, {
      input: { roundId: round.id, rating: 5, reflection: 'Hilfreich.' },
    });
    expect(givePeerRoundFeedback).toEqual({ rating: 5, reflection: 'Hilfreich.' });
    const twice = await member.gql(FEEDBACK, { input: { roundId: round.id, rating: 4 } });
    expect(problem(twice)).toMatchObject({ code: 'CONFLICT', reason: 'FEEDBACK_GIVEN' });
    const range = await member.gql(FEEDBACK, { input: { roundId: round.id, rating: 6 } });
    expect(problem(range)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rating' });
    clock.set('2026-03-02T09:00:00Z');
  });
});
