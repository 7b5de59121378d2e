import { CohortStatus } from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { ACCEPT, BuddyScenario, PAIRING_FIELDS, problem, PROPOSE } from '../support/buddy-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { untilLockWaits } from '../support/lock-waits';
import { TestApp } from '../support/test-app';
import { describeOnServer } from '../support/test-database';

const DECLINE = `mutation ($input: DeclineBuddyPairingInput!) { declineBuddyPairing(input: $input) { ${PAIRING_FIELDS} } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawBuddyPairing(id: $id) { ${PAIRING_FIELDS} } }`;
const PAUSE = `mutation ($input: PauseBuddyPairingInput!) { pauseBuddyPairing(input: $input) { ${PAIRING_FIELDS} } }`;
const RESUME = `mutation ($id: ID!) { resumeBuddyPairing(id: $id) { ${PAIRING_FIELDS} } }`;
const END = `mutation ($input: EndBuddyPairingInput!) { endBuddyPairing(input: $input) { ${PAIRING_FIELDS} } }`;
const MINE = `{ myBuddyPairings { ${PAIRING_FIELDS} } }`;
const COHORT_STATUS = `mutation ($input: ChangeCohortStatusInput!) { changeCohortStatus(input: $input) { status } }`;

describe('a buddy pairing’s lifecycle', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  /** Nora (new) and Anna (alumna, capacity 2) proposed as a pair. */
  async function proposed(s?: BuddyScenario, capacity = 2) {
    s ??= await BuddyScenario.start(t);
    const anna = await s.alumnus('Anna Alt', { capacity });
    const nora = await s.newcomer('Nora Neu');
    const { proposeBuddyPairings } = await pm.data(PROPOSE, {
      input: { cohortId: s.cohort.id, pairs: [{ newCoordinatorId: nora.id, buddyId: anna.id }] },
    });
    return {
      s,
      anna,
      nora,
      id: proposeBuddyPairings[0].id as string,
      asAnna: await t.as(anna),
      asNora: await t.as(nora),
    };
  }

  async function active() {
    const p = await proposed();
    await p.asNora.data(ACCEPT, { id: p.id });
    await p.asAnna.data(ACCEPT, { id: p.id });
    return p;
  }

  it('becomes ACTIVE when both accepted; until then each sees the other by name only', async () => {
    const { id, asAnna, asNora, nora } = await proposed();
    const first = (await asNora.data(ACCEPT, { id })).acceptBuddyPairing;
    expect(first).toMatchObject({
      status: 'PROPOSED',
      mySide: 'NEW_COORDINATOR',
      activatedAt: null,
    });
    expect(first.buddy.email).toBeNull();
    expect(first.newCoordinator.email).toBe(nora.email);
    expect(problem(await asNora.gql(ACCEPT, { id }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_ACCEPTED',
    });
    const second = (await asAnna.data(ACCEPT, { id })).acceptBuddyPairing;
    expect(second).toMatchObject({ status: 'ACTIVE', mySide: 'BUDDY' });
    expect(second.activatedAt).toBe('2026-01-15T09:00:00.000Z');
    // Now they see each other's email.
    expect(second.newCoordinator.email).toBe(nora.email);
    const [mine] = (await asNora.data(MINE)).myBuddyPairings;
    expect(mine.buddy.email).toMatch(/^anna\.alt/);
  });

  it('tells the pair the programme’s time zone, in which their sessions are entered', async () => {
    const a = await proposed();
    const zone = `{ buddyPairing(id: "${a.id}") { timeZone } }`;
    expect((await a.asNora.data(zone)).buddyPairing.timeZone).toBe('Europe/Berlin');
    await t.app
      .get(DataSource)
      .query(`UPDATE programme SET time_zone = 'Europe/Lisbon' WHERE id = $1`, [
        a.s.cohort.programmeId,
      ]);
    expect((await a.asAnna.data(zone)).buddyPairing.timeZone).toBe('Europe/Lisbon');
  });

  it('is declined by either with a reason, and withdrawn only by a program manager', async () => {
    const a = await proposed();
    expect(problem(await a.asNora.gql(WITHDRAW, { id: a.id }))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const declined = (
      await a.asAnna.data(DECLINE, { input: { id: a.id, reason: 'Keine Zeit bis Sommer' } })
    ).declineBuddyPairing;
    expect(declined).toMatchObject({
      status: 'DECLINED',
      declinedBy: 'BUDDY',
      declineReason: 'Keine Zeit bis Sommer',
    });
    // A reason is required.
    const b = await proposed();
    expect(
      problem(await b.asNora.gql(DECLINE, { input: { id: b.id, reason: '  ' } })),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    const withdrawn = (await pm.data(WITHDRAW, { id: b.id })).withdrawBuddyPairing;
    expect(withdrawn.status).toBe('WITHDRAWN');
    // A declined or withdrawn proposal frees the new coordinator for another one.
    const anna2 = await b.s.alumnus('Anna Zwei');
    const again = await pm.data(PROPOSE, {
      input: {
        cohortId: b.s.cohort.id,
        pairs: [{ newCoordinatorId: b.nora.id, buddyId: anna2.id }],
      },
    });
    expect(again.proposeBuddyPairings[0].status).toBe('PROPOSED');
  });

  it('pauses until a day, resumes, and ends with a reason; history stays', async () => {
    const { id, asNora, asAnna } = await active();
    const paused = (await asNora.data(PAUSE, { input: { id, until: '2026-03-01' } }))
      .pauseBuddyPairing;
    expect(paused).toMatchObject({ status: 'PAUSED', pausedUntil: '2026-03-01' });
    expect(paused.buddy.email).not.toBeNull();
    expect(problem(await asNora.gql(PAUSE, { input: { id, until: '2026-03-01' } }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    const resumed = (await pm.data(RESUME, { id })).resumeBuddyPairing;
    expect(resumed).toMatchObject({ status: 'ACTIVE', pausedUntil: null });
    expect(problem(await asAnna.gql(PAUSE, { input: { id, until: '2026-01-10' } }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IN_THE_PAST',
      field: 'until',
    });
    const ended = (
      await asAnna.data(END, {
        input: { id, reason: 'NO_CONTACT', note: 'Keine Antwort seit März' },
      })
    ).endBuddyPairing;
    expect(ended).toMatchObject({
      status: 'ENDED',
      endReason: 'NO_CONTACT',
      endNote: 'Keine Antwort seit März',
    });
    // Once ended, names only; and nothing moves any more.
    expect(ended.newCoordinator.email).toBeNull();
    expect(problem(await asNora.gql(RESUME, { id }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    expect(problem(await asNora.gql(ACCEPT, { id }))).toMatchObject({
      reason: 'TRANSITION_NOT_ALLOWED',
    });
    const [mine] = (await asNora.data(MINE)).myBuddyPairings;
    expect(mine).toMatchObject({ id, status: 'ENDED', endReason: 'NO_CONTACT' });
  });

  it('ends its active pairings as COMPLETED when the cohort completes, and withdraws open proposals', async () => {
    const a = await active();
    const lea = await a.s.newcomer('Lea Lang');
    const { proposeBuddyPairings } = await pm.data(PROPOSE, {
      input: { cohortId: a.s.cohort.id, pairs: [{ newCoordinatorId: lea.id, buddyId: a.anna.id }] },
    });
    await pm.data(COHORT_STATUS, { input: { id: a.s.cohort.id, status: CohortStatus.COMPLETED } });
    const [ended] = (await a.asNora.data(MINE)).myBuddyPairings;
    expect(ended).toMatchObject({ status: 'ENDED', endReason: 'COMPLETED' });
    const leaAnswer = (await (await t.as(lea)).data(MINE)).myBuddyPairings;
    expect(leaAnswer).toMatchObject([{ id: proposeBuddyPairings[0].id, status: 'WITHDRAWN' }]);
  });

  it('keeps someone outside the pair out of every transition', async () => {
    const { id, s } = await proposed();
    const stranger = await t.as(await s.newcomer('Sven Fremd'));
    for (const [document, variables] of [
      [ACCEPT, { id }],
      [DECLINE, { input: { id, reason: 'x' } }],
      [PAUSE, { input: { id, until: '2026-03-01' } }],
      [RESUME, { id }],
      [END, { input: { id, reason: 'OTHER' } }],
      [`query ($id: ID!) { buddyPairing(id: $id) { id } }`, { id }],
    ] as const) {
      expect(problem(await stranger.gql(document, variables))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_IN_PAIR',
      });
    }
    // The same answer for an id that does not exist.
    expect(
      problem(await stranger.gql(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_IN_PAIR' });
    expect(
      problem(await pm.gql(ACCEPT, { id: '00000000-0000-4000-8000-000000000000' })),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describeOnServer()('parallel answers', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  it('never give a buddy more active pairings than their capacity', async () => {
    const s = await BuddyScenario.start(t);
    const anna = await s.alumnus('Anna Alt', { capacity: 2 });
    const nora = await s.newcomer('Nora Neu');
    const max = await s.newcomer('Max Mai');
    const { proposeBuddyPairings } = await pm.data(PROPOSE, {
      input: {
        cohortId: s.cohort.id,
        pairs: [
          { newCoordinatorId: nora.id, buddyId: anna.id },
          { newCoordinatorId: max.id, buddyId: anna.id },
        ],
      },
    });
    const [first, second] = proposeBuddyPairings.map((p: { id: string }) => p.id);
    await (await t.as(nora)).data(ACCEPT, { id: first });
    await (await t.as(max)).data(ACCEPT, { id: second });
    // Anna lowers her capacity to one; then accepts both at once.
    await s.setCapacity(anna, 1);
    const asAnna = await t.as(anna);
    const dataSource = t.app.get(DataSource);
    const holder = dataSource.createQueryRunner();
    await holder.startTransaction();
    await holder.query(`SELECT 1 FROM buddy_profile WHERE person_id = $1 FOR UPDATE`, [anna.id]);
    const answers = [asAnna.gql(ACCEPT, { id: first }), asAnna.gql(ACCEPT, { id: second })];
    await untilLockWaits(dataSource, 2);
    await holder.commitTransaction();
    await holder.release();
    const results = await Promise.all(answers);
    const statuses = results.map((r) => r.data?.acceptBuddyPairing?.status ?? problem(r)?.reason);
    expect(statuses.sort()).toEqual(['ACTIVE', 'BEYOND_CAPACITY']);
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM buddy_pairing WHERE buddy_id = $1 AND status = 'ACTIVE'`,
      [anna.id],
    );
    expect(n).toBe(1);
  });

  it('never give a new coordinator two open pairings when two managers propose at once', async () => {
    const s = await BuddyScenario.start(t);
    const anna = await s.alumnus('Anna Alt');
    const ben = await s.alumnus('Ben Brandt');
    const nora: PersonEntity = await s.newcomer('Nora Neu');
    const other = await t.manager();
    const results = await Promise.all(
      [anna, ben].map((buddy) =>
        other.gql(PROPOSE, {
          input: {
            cohortId: s.cohort.id,
            pairs: [{ newCoordinatorId: nora.id, buddyId: buddy.id }],
          },
        }),
      ),
    );
    const outcomes = results.map((r) => (r.errors ? problem(r)?.reason : 'PROPOSED'));
    expect(outcomes.sort()).toEqual(['ALREADY_PAIRED', 'PROPOSED']);
  });
});
