import {
  givenPeerGroup,
  PeerScenario,
  planRound,
  problem,
  ROUND_FIELDS,
} from '../../support/peer-rounds';
import { TestApp } from '../../support/test-app';
import { TestClock } from '../../support/test-clock';

const SERIES = `mutation($input: PlanPeerRoundsInput!) {
  planPeerRounds(input: $input) { seriesId skippedDates rounds { ${ROUND_FIELDS} } } }`;
const MOVE = `mutation($input: MovePeerRoundInput!) { movePeerRound(input: $input) { ${ROUND_FIELDS} } }`;
const CANCEL = `mutation($input: CancelPeerRoundInput!) { cancelPeerRound(input: $input) { ${ROUND_FIELDS} } }`;
const PROPOSE = `mutation($input: ProposePeerCaseInput!) { proposePeerCase(input: $input) { id status roundId } }`;
const SCHEDULE = `mutation($input: SchedulePeerCaseInput!) { schedulePeerCase(input: $input) { id status roundId } }`;
const QUEUE = `query($id: ID!) { peerGroup(id: $id) { caseQueue { id title status roundId } } }`;

const series = (groupId: string, extra: Record<string, unknown>) => ({
  input: {
    groupId,
    firstDate: '2026-03-20',
    startTime: '18:00',
    endTime: '19:30',
    everyWeeks: 1,
    format: 'ONLINE',
    onlineUrl: 'https://meet.example.org/runde',
    ...extra,
  },
});

describe('peer rounds planned as a series, moved and cancelled one by one', () => {
  let t: TestApp;
  let s: PeerScenario;
  const clock = new TestClock('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    t = await TestApp.start({}, clock);
    s = await givenPeerGroup(t, { size: 4 });
  });
  afterAll(() => t.close());

  it('keeps 18:00 across the change to summer time and leaves out Good Friday', async () => {
    const { planPeerRounds } = await s.pm.data(SERIES, series(s.groupId, { count: 4 }));
    expect(planPeerRounds.skippedDates).toEqual(['2026-04-03']);
    const rounds = planPeerRounds.rounds;
    expect(rounds.map((r: any) => r.time.date)).toEqual([
      '2026-03-20',
      '2026-03-27',
      '2026-04-10',
      '2026-04-17',
    ]);
    expect(rounds.map((r: any) => r.time.startTime)).toEqual(['18:00', '18:00', '18:00', '18:00']);
    expect(rounds.map((r: any) => r.time.timeZone)).toEqual(Array(4).fill('Europe/Berlin'));
    // The clocks went forward on 29 March: the instant moves, the wall-clock time stays.
    expect(rounds.map((r: any) => r.startsAt)).toEqual([
      '2026-03-20T17:00:00.000Z',
      '2026-03-27T17:00:00.000Z',
      '2026-04-10T16:00:00.000Z',
      '2026-04-17T16:00:00.000Z',
    ]);
    expect(rounds.every((r: any) => r.status === 'PLANNED' && r.sequence === 0)).toBe(true);
    // A member sees the series too.
    const { peerGroup } = await s.clients[1]!.data(
      `query($id: ID!) { peerGroup(id: $id) { rounds { id } } }`,
      {
        id: s.groupId,
      },
    );
    expect(peerGroup.rounds.map((r: any) => r.id)).toEqual(rounds.map((r: any) => r.id));
  });

  it('refuses a series without an end, with more than 52 rounds, ending before it starts, in the past', async () => {
    const problems: any[] = [];
    const count = async (extra: Record<string, unknown>) =>
      problems.push(problem(await s.pm.gql(SERIES, series(s.groupId, extra))));
    await count({});
    await count({ count: 3, until: '2026-06-01' });
    await count({ count: 53 });
    await count({ until: '2027-12-31' });
    await count({ count: 3, endTime: '17:00' });
    await count({ count: 3, firstDate: '2026-02-20' });
    expect(problems).toEqual([
      { code: 'BAD_USER_INPUT', reason: 'SERIES_WITHOUT_END', field: 'count' },
      { code: 'BAD_USER_INPUT', reason: 'SERIES_WITHOUT_END', field: 'count' },
      { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROUNDS', field: 'count' },
      { code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ROUNDS', field: 'until' },
      { code: 'BAD_USER_INPUT', reason: 'ENDS_BEFORE_START', field: 'endTime' },
      { code: 'BAD_USER_INPUT', reason: 'IN_THE_PAST', field: 'firstDate' },
    ]);
    // Nothing half-written: still only the four rounds of the first series.
    const { peerGroup } = await s.pm.data(
      `query($id: ID!) { peerGroup(id: $id) { rounds { id } } }`,
      {
        id: s.groupId,
      },
    );
    expect(peerGroup.rounds).toHaveLength(4);
  });

  it('moves one round (a change members are told about) and leaves the others', async () => {
    const round = await planRound(s.pm, s.groupId, '2026-05-07');
    const { movePeerRound } = await s.clients[0]!.data(MOVE, {
      input: { roundId: round.id, date: '2026-05-12', startTime: '17:00', endTime: '18:30' },
    });
    expect(movePeerRound).toMatchObject({
      status: 'PLANNED',
      sequence: 1,
      time: { date: '2026-05-12', startTime: '17:00', endTime: '18:30' },
    });
    const bad = await s.pm.gql(MOVE, {
      input: { roundId: round.id, date: '2026-05-12', startTime: '17:00', endTime: '16:00' },
    });
    expect(problem(bad)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'ENDS_BEFORE_START',
      field: 'endTime',
    });
    const past = await s.pm.gql(MOVE, {
      input: { roundId: round.id, date: '2026-03-01', startTime: '17:00', endTime: '18:00' },
    });
    expect(problem(past)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IN_THE_PAST' });
  });

  it('cancelling a round sends its case back to the queue; a cancelled round takes no case', async () => {
    const round = await planRound(s.pm, s.groupId, '2026-06-04');
    const giver = s.clients[2]!;
    const { proposePeerCase } = await giver.data(PROPOSE, {
      input: {
        groupId: s.groupId,
        title: 'Schulkooperation',
        keyQuestion: 'Wie gewinne ich Schulleitungen?',
      },
    });
    const { schedulePeerCase } = await giver.data(SCHEDULE, {
      input: { caseId: proposePeerCase.id, roundId: round.id },
    });
    expect(schedulePeerCase).toMatchObject({ status: 'SCHEDULED', roundId: round.id });

    const { cancelPeerRound } = await s.pm.data(CANCEL, {
      input: { roundId: round.id, reason: 'Krankheit' },
    });
    expect(cancelPeerRound).toMatchObject({
      status: 'CANCELLED',
      sequence: 1,
      cancellationReason: 'Krankheit',
    });
    const { peerGroup } = await giver.data(QUEUE, { id: s.groupId });
    expect(peerGroup.caseQueue).toEqual([
      { id: proposePeerCase.id, title: 'Schulkooperation', status: 'QUEUED', roundId: null },
    ]);

    const again = await giver.gql(SCHEDULE, {
      input: { caseId: proposePeerCase.id, roundId: round.id },
    });
    expect(problem(again)).toMatchObject({
      code: 'CONFLICT',
      reason: 'ROUND_CANCELLED',
      field: 'roundId',
    });
    const move = await s.pm.gql(MOVE, {
      input: { roundId: round.id, date: '2026-06-11', startTime: '18:00', endTime: '19:00' },
    });
    expect(problem(move)).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_CANCELLED' });
  });

  it('a case cannot be scheduled into a past round', async () => {
    const round = await planRound(s.pm, s.groupId, '2026-03-12');
    const { proposePeerCase } = await s.clients[3]!.data(PROPOSE, {
      input: { groupId: s.groupId, title: 'Ehrenamt', keyQuestion: 'Wie halte ich Ehrenamtliche?' },
    });
    clock.set('2026-03-13T09:00:00Z');
    try {
      // A token of today (the earlier one has expired by the test clock).
      const giver = await t.as(s.people[3]!);
      const late = await giver.gql(SCHEDULE, {
        input: { caseId: proposePeerCase.id, roundId: round.id },
      });
      expect(problem(late)).toMatchObject({ code: 'CONFLICT', reason: 'ROUND_PAST' });
    } finally {
      clock.set('2026-03-02T09:00:00Z');
    }
  });
});
