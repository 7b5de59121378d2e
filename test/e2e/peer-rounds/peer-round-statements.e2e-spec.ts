import { Role } from '@zyklus/identity';
import { givenPeerGroup, planRound } from '../../support/peer-rounds';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const ROUND = `id status time { date startTime } onlineUrl roles { role name } rsvpCounts { yes }
  attendanceCount isMine myRsvp cases { title } minutes { text } rsvps { name } myFeedback { rating }`;
const MINE = `{ myPeerGroups { id name warnings memberCount cohorts { number }
  members { name current } caseQueue { title } nextRound { id } rounds { ${ROUND} } } }`;
const LIST = `{ peerGroups { id name status warnings memberCount cohorts { number }
  members { name fromDate toDate } rounds { ${ROUND} } } }`;

/** `groups` groups of 5 with `rounds` rounds each, all with the same member. */
async function world(groups: number, rounds: number) {
  const t = await TestApp.start({}, new TestClock('2026-03-02T09:00:00Z'));
  const member = await t.given.person({ name: 'Immer dabei' });
  for (let g = 0; g < groups; g++) {
    const s = await givenPeerGroup(t, { size: 4 });
    await s.pm.data(
      `mutation($input: AddPeerGroupMemberInput!) { addPeerGroupMember(input: $input) { id } }`,
      { input: { groupId: s.groupId, personId: member.id, fromDate: '2026-01-01' } },
    );
    for (let r = 0; r < rounds; r++) {
      const round = await planRound(s.pm, s.groupId, `2026-0${4 + (r % 5)}-${10 + r}`);
      await s.pm.data(
        `mutation($input: AssignPeerRolesInput!) { assignPeerRoundRoles(input: $input) { id } }`,
        { input: { roundId: round.id, moderatorId: member.id, caseGiverIds: [s.people[0]!.id] } },
      );
    }
  }
  const pm = await t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
  const me = await t.as(member);
  const count = async (client: typeof pm, document: string) => {
    await client.data(document); // warm-up
    let answer: any;
    const statements = await t.countStatements(async () => {
      answer = await client.data(document);
    });
    return { statements, answer };
  };
  const result = { mine: await count(me, MINE), list: await count(pm, LIST) };
  await t.close();
  return result;
}

describe('peer-round read paths cost the same statements whatever the size', () => {
  it('myPeerGroups and the program manager’s list: 1 group × 2 rounds and 4 groups × 6 rounds', async () => {
    const small = await world(1, 2);
    const large = await world(4, 6);
    expect(small.mine.answer.myPeerGroups).toHaveLength(1);
    expect(large.mine.answer.myPeerGroups).toHaveLength(4);
    expect(large.mine.answer.myPeerGroups[0].rounds).toHaveLength(6);
    expect(large.list.answer.peerGroups).toHaveLength(4);
    expect(large.mine.statements).toBe(small.mine.statements);
    expect(large.list.statements).toBe(small.list.statements);
    expect(large.mine.statements).toBeLessThanOrEqual(13);
    expect(large.list.statements).toBeLessThanOrEqual(9);
  }, 90_000);
});
