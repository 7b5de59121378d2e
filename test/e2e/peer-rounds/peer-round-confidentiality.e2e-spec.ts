import { givenPeerGroup, PeerScenario, planRound, problem } from '../../support/peer-rounds';
import { Role } from '@zyklus/identity';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const SECRET_TEXT = 'Die Schulleiterin blockiert jede Kooperation';
const SECRET_QUESTION = 'Wie gehe ich mit dem Widerstand um?';
const SECRET_MINUTES = 'Protokoll: Empfehlung, zuerst den Förderverein anzusprechen';

const CONTENTS = `
  id status attendanceCount rsvpCounts { yes no maybe } roles { role name }
  cases { id title keyQuestion text } minutes { text } rsvps { name answer } attendance { name }`;
const GROUP = `id name members { name } caseQueue { title keyQuestion text } rounds { ${CONTENTS} } nextRound { ${CONTENTS} }`;

describe('minutes and case texts are the group’s alone', () => {
  let t: TestApp;
  let s: PeerScenario;
  let heldId: string;
  const clock = new TestClock('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    t = await TestApp.start({}, clock);
    s = await givenPeerGroup(t, { size: 3 });
    const [giver, moderator] = s.clients;
    const held = await planRound(s.pm, s.groupId, '2026-03-05');
    heldId = held.id;
    await planRound(s.pm, s.groupId, '2026-03-19');
    const { proposePeerCase } = await giver!.data(
      `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id } }`,
      {
        input: {
          groupId: s.groupId,
          title: 'Widerstand',
          keyQuestion: SECRET_QUESTION,
          text: SECRET_TEXT,
        },
      },
    );
    await giver!.data(
      `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id } }`,
      {
        input: {
          groupId: s.groupId,
          title: 'Zweiter Fall',
          keyQuestion: SECRET_QUESTION,
          text: SECRET_TEXT,
        },
      },
    );
    await moderator!.data(
      `mutation($input: AssignPeerRolesInput!) { assignPeerRoundRoles(input: $input) { id } }`,
      { input: { roundId: held.id, moderatorId: s.people[1]!.id, caseGiverIds: [] } },
    );
    await giver!.data(
      `mutation($input: SchedulePeerCaseInput!) { schedulePeerCase(input: $input) { id } }`,
      { input: { caseId: proposePeerCase.id, roundId: held.id } },
    );
    await giver!.data(
      `mutation($input: RespondToPeerRoundInput!) { respondToPeerRound(input: $input) { id } }`,
      { input: { roundId: held.id, answer: 'YES' } },
    );
    clock.set('2026-03-05T20:00:00Z');
    const member = await t.as(s.people[2]!);
    await member.data(
      `mutation($input: RecordPeerAttendanceInput!) { recordPeerRoundAttendance(input: $input) { id } }`,
      { input: { roundId: held.id, held: true, presentPersonIds: s.people.map((p) => p.id) } },
    );
    await member.data(
      `mutation($input: WritePeerMinutesInput!) { writePeerRoundMinutes(input: $input) { text } }`,
      { input: { roundId: held.id, text: SECRET_MINUTES } },
    );
  });
  afterAll(() => t.close());

  /** A program manager signed in at the test clock's now. */
  const pmNow = async () => t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));

  const leaks = (answer: unknown) => {
    const text = JSON.stringify(answer);
    return [SECRET_TEXT, SECRET_QUESTION, SECRET_MINUTES].filter((secret) => text.includes(secret));
  };

  it('members see cases, key questions, minutes and who answered', async () => {
    const member = await t.as(s.people[0]!);
    const { peerGroup } = await member.data(`query($id: ID!) { peerGroup(id: $id) { ${GROUP} } }`, {
      id: s.groupId,
    });
    const held = peerGroup.rounds.find((r: any) => r.id === heldId);
    expect(held.cases).toEqual([
      expect.objectContaining({ keyQuestion: SECRET_QUESTION, text: SECRET_TEXT }),
    ]);
    expect(held.minutes).toEqual({ text: SECRET_MINUTES });
    expect(held.attendance).toHaveLength(3);
    expect(peerGroup.caseQueue.map((c: any) => c.title)).toEqual(['Zweiter Fall']);
  });

  it('program managers see groups, dates, roles and counts — never cases or minutes — on every GraphQL path', async () => {
    const pm = await pmNow();
    const answers = [
      await pm.gql(`{ peerGroups { ${GROUP} } }`),
      await pm.gql(`query($id: ID!) { peerGroup(id: $id) { ${GROUP} } }`, { id: s.groupId }),
      await pm.gql(`query($id: ID!) { peerRound(id: $id) { ${CONTENTS} group { ${GROUP} } } }`, {
        id: heldId,
      }),
      await pm.gql(`{ myPeerGroups { ${GROUP} } }`),
    ];
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(leaks(answer)).toEqual([]);
    }
    const round = answers[2]!.data!.peerRound;
    expect(round).toMatchObject({
      status: 'HELD',
      attendanceCount: 3,
      rsvpCounts: { yes: 1, no: 0, maybe: 0 },
      roles: expect.arrayContaining([{ role: 'MODERATOR', name: s.people[1]!.name }]),
      cases: null,
      minutes: null,
      rsvps: null,
      attendance: null,
    });
    expect(answers[1]!.data!.peerGroup.caseQueue).toBeNull();
    const written = await pm.gql(
      `mutation($input: WritePeerMinutesInput!) { writePeerRoundMinutes(input: $input) { text } }`,
      { input: { roundId: heldId, text: 'überschrieben' } },
    );
    expect(problem(written)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
    expect(leaks(written)).toEqual([]);
    const proposed = await pm.gql(
      `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id } }`,
      { input: { groupId: s.groupId, title: 'x', keyQuestion: 'y' } },
    );
    expect(problem(proposed)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_MEMBER' });
  });

  it('a member who joined later does not see earlier minutes or cases', async () => {
    const late = await t.given.person();
    const pm = await pmNow();
    await pm.data(
      `mutation($input: AddPeerGroupMemberInput!) { addPeerGroupMember(input: $input) { id } }`,
      { input: { groupId: s.groupId, personId: late.id, fromDate: '2026-03-10' } },
    );
    // Before their first day: the group, nothing of its contents.
    const before = await (await t.as(late)).gql(`{ myPeerGroups { ${GROUP} } }`);
    expect(leaks(before.data)).toEqual([]);
    expect(before.data!.myPeerGroups[0].caseQueue).toBeNull();
    // From their first day: the open queue, not the rounds before they joined.
    clock.set('2026-03-11T09:00:00Z');
    const client = await t.as(late);
    const answer = await client.gql(`{ myPeerGroups { ${GROUP} } }`);
    expect(answer.data!.myPeerGroups[0].caseQueue.map((c: any) => c.title)).toEqual([
      'Zweiter Fall',
    ]);
    expect(answer.data!.myPeerGroups[0].rounds.map((r: any) => r.id)).not.toContain(heldId);
    expect(JSON.stringify(answer.data)).not.toContain(SECRET_MINUTES);
    const direct = await client.gql(`query($id: ID!) { peerRound(id: $id) { minutes { text } } }`, {
      id: heldId,
    });
    expect(problem(direct).code).toBe('NOT_FOUND');
    expect(leaks(direct)).toEqual([]);
  });
});
