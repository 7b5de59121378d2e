import { Bundesland } from '@zyklus/cohorts';
import { GROUP_FIELDS, givenPeerGroup, planRound, problem } from '../../support/peer-rounds';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const ADD = `mutation($input: AddPeerGroupMemberInput!) { addPeerGroupMember(input: $input) { ${GROUP_FIELDS} } }`;
const LEAVE = `mutation($input: EndPeerGroupMembershipInput!) { endPeerGroupMembership(input: $input) { ${GROUP_FIELDS} } }`;
const MINE = `{ myPeerGroups { id name rounds { id time { date } } } }`;

describe('peer groups: forming, members over time', () => {
  let t: TestApp;
  const clock = new TestClock('2026-02-02T09:00:00Z');

  beforeAll(async () => {
    t = await TestApp.start({}, clock);
  });
  afterAll(() => t.close());

  it('a program manager forms a group from a cohort; two members get a warning, four none', async () => {
    const small = await givenPeerGroup(t, { size: 2, activate: false });
    const { peerGroup } = await small.pm.data(
      `query($id: ID!) { peerGroup(id: $id) { ${GROUP_FIELDS} } }`,
      {
        id: small.groupId,
      },
    );
    expect(peerGroup).toMatchObject({
      status: 'FORMING',
      memberCount: 2,
      cohorts: [{ number: small.cohort.number }],
    });
    expect(peerGroup.warnings).toEqual(['2 Mitglieder: empfohlen sind 3–9.']);

    const { groupId, pm, people } = await givenPeerGroup(t, { size: 4 });
    const { peerGroup: group } = await pm.data(
      `query($id: ID!) { peerGroup(id: $id) { ${GROUP_FIELDS} } }`,
      {
        id: groupId,
      },
    );
    expect(group).toMatchObject({ status: 'ACTIVE', memberCount: 4, warnings: [] });
    expect(group.members.map((m: any) => m.name)).toEqual(people.map((p) => p.name));
  });

  it('coordinators cannot form groups, and outsiders do not learn that a group exists', async () => {
    const { groupId, clients } = await givenPeerGroup(t, { size: 3 });
    const answer = await clients[0]!.gql(
      `mutation($input: FormPeerGroupInput!) { formPeerGroup(input: $input) { id } }`,
      {
        input: {
          programmeId: '00000000-0000-4000-8000-000000000000',
          name: 'Eigene Runde',
          method: 'OPEN_EXCHANGE',
          cohortIds: ['00000000-0000-4000-8000-000000000000'],
          members: [],
        },
      },
    );
    expect(problem(answer).code).toBe('FORBIDDEN');
    const outsider = await t.as(await t.given.person());
    const hidden = await outsider.gql(`query($id: ID!) { peerGroup(id: $id) { id } }`, {
      id: groupId,
    });
    expect(problem(hidden)).toMatchObject({ code: 'NOT_FOUND', reason: 'PEER_GROUP_NOT_FOUND' });
    expect((await outsider.data(MINE)).myPeerGroups).toEqual([]);
  });

  it('a late joiner sees only the rounds from their first day; a leaver keeps their history', async () => {
    const s = await givenPeerGroup(t, { size: 3 });
    const march = await planRound(s.pm, s.groupId, '2026-03-05');
    const april = await planRound(s.pm, s.groupId, '2026-04-02');
    const may = await planRound(s.pm, s.groupId, '2026-05-07');

    const late = await t.given.person({ name: 'Lena Spät' });
    const { addPeerGroupMember } = await s.pm.data(ADD, {
      input: { groupId: s.groupId, personId: late.id, fromDate: '2026-03-20' },
    });
    expect(addPeerGroupMember.members.find((m: any) => m.personId === late.id)).toMatchObject({
      fromDate: '2026-03-20',
      toDate: null,
      current: false,
    });
    const lateClient = await t.as(late);
    const seen = (await lateClient.data(MINE)).myPeerGroups[0].rounds.map((r: any) => r.id);
    expect(seen).toEqual([april.id, may.id]);
    const earlier = await lateClient.gql(`query($id: ID!) { peerRound(id: $id) { id } }`, {
      id: march.id,
    });
    expect(problem(earlier).code).toBe('NOT_FOUND');

    const leaver = s.people[0]!;
    const { endPeerGroupMembership } = await s.pm.data(LEAVE, {
      input: { groupId: s.groupId, personId: leaver.id, toDate: '2026-03-31' },
    });
    expect(endPeerGroupMembership.members.find((m: any) => m.personId === leaver.id).toDate).toBe(
      '2026-03-31',
    );
    const history = (await s.clients[0]!.data(MINE)).myPeerGroups[0].rounds.map((r: any) => r.id);
    expect(history).toEqual([march.id]);

    const twice = await s.pm.gql(LEAVE, { input: { groupId: s.groupId, personId: leaver.id } });
    expect(problem(twice)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_A_MEMBER',
      field: 'personId',
    });
    const again = await s.pm.gql(ADD, { input: { groupId: s.groupId, personId: late.id } });
    expect(problem(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_MEMBER' });
  });

  it('an ENDED group takes no members and cancels its rounds ahead', async () => {
    const s = await givenPeerGroup(t, { size: 3 });
    const round = await planRound(s.pm, s.groupId, '2026-03-05');
    await s.pm.data(
      `mutation($input: ChangePeerGroupStatusInput!) { changePeerGroupStatus(input: $input) { id } }`,
      { input: { groupId: s.groupId, status: 'ENDED' } },
    );
    const newcomer = await t.given.person();
    const answer = await s.pm.gql(ADD, { input: { groupId: s.groupId, personId: newcomer.id } });
    expect(problem(answer)).toMatchObject({
      code: 'CONFLICT',
      reason: 'GROUP_ENDED',
      field: 'groupId',
    });
    const { peerRound } = await s.pm.data(
      `query($id: ID!) { peerRound(id: $id) { status cancellationReason } }`,
      {
        id: round.id,
      },
    );
    expect(peerRound).toEqual({
      status: 'CANCELLED',
      cancellationReason: 'Die Gruppe ist beendet.',
    });
    const { peerGroup } = await s.pm.data(
      `query($id: ID!) { peerGroup(id: $id) { members { personId } } }`,
      {
        id: s.groupId,
      },
    );
    expect(peerGroup.members.map((m: any) => m.personId)).not.toContain(newcomer.id);
    const reopen = await s.pm.gql(
      `mutation($input: ChangePeerGroupStatusInput!) { changePeerGroupStatus(input: $input) { id } }`,
      { input: { groupId: s.groupId, status: 'ACTIVE' } },
    );
    expect(problem(reopen)).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_STATUS_CHANGE',
    });
  });

  it('suggests groups that mix Bundesländer', async () => {
    const cohort = await t.given.cohort();
    const states = [
      Bundesland.BAYERN,
      Bundesland.BAYERN,
      Bundesland.SACHSEN,
      Bundesland.SACHSEN,
      Bundesland.HAMBURG,
      Bundesland.BERLIN,
    ];
    for (const bundesland of states) {
      await t.given.coordinatorIn(cohort, undefined, undefined, { bundesland });
    }
    const pm = await t.manager();
    const { peerGroupSuggestions } = await pm.data(
      `query($input: PeerGroupSuggestionsInput!) { peerGroupSuggestions(input: $input) { bundeslaender members { name bundesland networkName } } }`,
      { input: { cohortId: cohort.id, size: 3 } },
    );
    expect(peerGroupSuggestions).toHaveLength(2);
    for (const group of peerGroupSuggestions) {
      expect(group.members).toHaveLength(3);
      expect(group.bundeslaender).toBe(3);
    }
  });
});
