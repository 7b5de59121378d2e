import { BuddyTopic } from '@zyklus/buddies';
import { Bundesland, CohortStatus, NetworkKind } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { BuddyScenario, problem, PROPOSE } from '../support/buddy-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const SUGGESTIONS = `query ($cohortId: ID!) {
  buddySuggestions(cohortId: $cohortId) {
    totalScore greedyScore
    newcomers {
      newCoordinator { name } networkName bundesland topics
      candidates { buddy { name } score capacity load free reasons { code points detail } }
    }
    proposal { newCoordinator { name } buddy { name } score reasons { code } }
  }
}`;
const WISHES = `mutation ($input: SetMyBuddyWishesInput!) { setMyBuddyWishes(input: $input) }`;

describe('buddy matching (program managers)', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  it('ranks buddies with their reasons spelled out, and lists only new coordinators without a pairing', async () => {
    const s = await BuddyScenario.start(t);
    const nora = await s.newcomer('Nora Neu', {
      bundesland: Bundesland.SACHSEN,
      kind: NetworkKind.MINT_CLUSTER,
    });
    await (
      await t.as(nora)
    ).data(WISHES, {
      input: { cohortId: s.cohort.id, topics: ['FOERDERUNG', 'WIRKUNGSLOGIK'] },
    });
    await s.alumnus('Anna Alt', {
      bundesland: Bundesland.SACHSEN,
      kind: NetworkKind.MINT_CLUSTER,
      topics: [BuddyTopic.FOERDERUNG],
    });
    await s.alumnus('Bernd Berg', { bundesland: Bundesland.THUERINGEN, languages: ['en'] });
    await s.alumnus('Carla Cramer', { bundesland: Bundesland.BREMEN, capacity: 0 });
    await s.alumnus('Dora Dorn', { bundesland: Bundesland.HAMBURG, noProfile: true });

    const { buddySuggestions } = await pm.data(SUGGESTIONS, { cohortId: s.cohort.id });
    const [entry] = buddySuggestions.newcomers;
    expect(entry.newCoordinator.name).toBe('Nora Neu');
    expect(entry.topics).toEqual(['FOERDERUNG', 'WIRKUNGSLOGIK']);
    // Carla offers no place now, Dora has no profile: neither is suggested.
    expect(entry.candidates.map((c: { buddy: { name: string } }) => c.buddy.name)).toEqual([
      'Anna Alt',
      'Bernd Berg',
    ]);
    expect(entry.candidates[0].reasons).toEqual([
      { code: 'SAME_BUNDESLAND', points: 40, detail: 'Sachsen' },
      { code: 'SAME_NETWORK_KIND', points: 10, detail: 'MINT_CLUSTER' },
      { code: 'SHARED_TOPICS', points: 10, detail: 'Förderung' },
      { code: 'LANGUAGE', points: 15, detail: 'de' },
    ]);
    expect(entry.candidates[0].score).toBe(75);
    expect(entry.candidates[1].reasons).toEqual([
      { code: 'NEIGHBOURING_BUNDESLAND', points: 20, detail: 'Thüringen – Sachsen' },
    ]);
    expect(buddySuggestions.proposal).toEqual([
      {
        newCoordinator: { name: 'Nora Neu' },
        buddy: { name: 'Anna Alt' },
        score: 75,
        reasons: [
          { code: 'SAME_BUNDESLAND' },
          { code: 'SAME_NETWORK_KIND' },
          { code: 'SHARED_TOPICS' },
          { code: 'LANGUAGE' },
        ],
      },
    ]);
  });

  it('proposes an assignment that respects capacities and beats the greedy choice', async () => {
    const s = await BuddyScenario.start(t);
    // Nora (Bayern) would do well with either buddy; Max (Saarland) only with Anna, who travels
    // there. Greedy gives Nora the best one, Anna, and leaves Max with Ben.
    await s.newcomer('A Nora', { bundesland: Bundesland.BAYERN });
    await s.newcomer('B Max', { bundesland: Bundesland.SAARLAND, kind: NetworkKind.OTHER });
    await s.alumnus('Anna Alt', {
      bundesland: Bundesland.BAYERN,
      capacity: 1,
      travelsTo: [Bundesland.SAARLAND],
    });
    await s.alumnus('Ben Brandt', { bundesland: Bundesland.HESSEN, capacity: 1 });
    const { buddySuggestions } = await pm.data(SUGGESTIONS, { cohortId: s.cohort.id });
    const pairs = buddySuggestions.proposal.map(
      (p: { newCoordinator: { name: string }; buddy: { name: string } }) =>
        `${p.newCoordinator.name} → ${p.buddy.name}`,
    );
    expect(pairs).toEqual(['A Nora → Ben Brandt', 'B Max → Anna Alt']);
    expect(buddySuggestions.totalScore).toBeGreaterThan(buddySuggestions.greedyScore);
    // Same Bundesland + kind + language for Nora with Anna (65) vs. neighbour + kind + language
    // with Ben (45); Max: travel + language with Anna (40), language with Ben (15).
    expect(buddySuggestions.greedyScore).toBe(65 + 15);
    expect(buddySuggestions.totalScore).toBe(45 + 40);
  });

  it('gives no buddy more new coordinators than places, counting current and proposed pairings', async () => {
    const s = await BuddyScenario.start(t);
    const anna = await s.alumnus('Anna Alt', { capacity: 2 });
    const first = await s.newcomer('First');
    for (const name of ['Second', 'Third', 'Fourth']) await s.newcomer(name);
    await pm.data(PROPOSE, {
      input: { cohortId: s.cohort.id, pairs: [{ newCoordinatorId: first.id, buddyId: anna.id }] },
    });
    const { buddySuggestions } = await pm.data(SUGGESTIONS, { cohortId: s.cohort.id });
    expect(buddySuggestions.newcomers).toHaveLength(3);
    expect(buddySuggestions.newcomers[0].candidates[0]).toMatchObject({
      capacity: 2,
      load: 0,
      free: 1,
    });
    expect(buddySuggestions.proposal).toHaveLength(1);
  });

  it('proposes in bulk: all pairs with their score and reasons, or none', async () => {
    const s = await BuddyScenario.start(t);
    const anna = await s.alumnus('Anna Alt', { capacity: 1 });
    const ben = await s.alumnus('Ben Brandt', { capacity: 1 });
    const nora = await s.newcomer('Nora Neu');
    const max = await s.newcomer('Max Mai');
    const lea = await s.newcomer('Lea Lang');

    // Anna twice: beyond her capacity. Nothing is stored, not even Nora's pair.
    const refused = await pm.gql(PROPOSE, {
      input: {
        cohortId: s.cohort.id,
        pairs: [
          { newCoordinatorId: nora.id, buddyId: anna.id },
          { newCoordinatorId: max.id, buddyId: anna.id },
        ],
      },
    });
    expect(problem(refused)).toMatchObject({
      code: 'CONFLICT',
      reason: 'BEYOND_CAPACITY',
      field: 'pairs.1.buddyId',
    });
    const count = () =>
      t.app
        .get(DataSource)
        .query(`SELECT count(*)::int AS n FROM buddy_pairing WHERE cohort_id = $1`, [s.cohort.id]);
    expect(await count()).toEqual([{ n: 0 }]);

    const { proposeBuddyPairings } = await pm.data(PROPOSE, {
      input: {
        cohortId: s.cohort.id,
        pairs: [
          { newCoordinatorId: nora.id, buddyId: anna.id },
          { newCoordinatorId: max.id, buddyId: ben.id },
        ],
      },
    });
    expect(proposeBuddyPairings).toHaveLength(2);
    expect(proposeBuddyPairings[0]).toMatchObject({ status: 'PROPOSED', score: 65 });
    expect(proposeBuddyPairings[0].reasons.map((r: { code: string }) => r.code)).toEqual([
      'SAME_BUNDESLAND',
      'SAME_NETWORK_KIND',
      'LANGUAGE',
    ]);
    // A second pairing for Nora while the first is open.
    const again = await pm.gql(PROPOSE, {
      input: { cohortId: s.cohort.id, pairs: [{ newCoordinatorId: nora.id, buddyId: ben.id }] },
    });
    expect(problem(again)).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_PAIRED' });
    expect(lea.id).toBeDefined();
  });

  it('refuses buddies who are not alumni, pairs of another cohort and the same person twice', async () => {
    const s = await BuddyScenario.start(t);
    const other = await t.given.cohort({
      programmeId: s.cohort.programmeId,
      startDate: '2025-11-24',
      endDate: '2026-10-30',
      status: CohortStatus.RUNNING,
    });
    const anna = await s.alumnus('Anna Alt');
    const noProfile = await s.alumnus('Dora Dorn', { noProfile: true });
    const nora = await s.newcomer('Nora Neu');
    const colleague = await s.newcomer('Karl Kollege');
    const elsewhere = await s.newcomer('Olga Other', {}, other);
    const propose = (newCoordinatorId: string, buddyId: string) =>
      pm.gql(PROPOSE, { input: { cohortId: s.cohort.id, pairs: [{ newCoordinatorId, buddyId }] } });

    expect(problem(await propose(nora.id, colleague.id))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_AN_ALUMNUS',
      field: 'pairs.0.buddyId',
    });
    expect(problem(await propose(nora.id, noProfile.id))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NO_BUDDY_PROFILE',
      field: 'pairs.0.buddyId',
    });
    expect(problem(await propose(elsewhere.id, anna.id))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_NEW_COORDINATOR_OF_COHORT',
      field: 'pairs.0.newCoordinatorId',
    });
    expect(problem(await propose(nora.id, nora.id))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'SAME_PERSON',
    });
    // An alumnus is no new coordinator: they cannot be given a buddy.
    expect(problem(await propose(anna.id, noProfile.id))).toMatchObject({
      reason: 'NOT_NEW_COORDINATOR_OF_COHORT',
    });
    const [{ n }] = await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM buddy_pairing WHERE cohort_id = $1`, [s.cohort.id]);
    expect(n).toBe(0);
  });

  it('lets a new coordinator read back their wishes, and tells others they have none to set', async () => {
    const s = await BuddyScenario.start(t);
    const nora = await s.newcomer('Nora Neu');
    const anna = await s.alumnus('Anna Alt');
    const asNora = await t.as(nora);
    const READ = `query ($cohortId: ID!) { myBuddyWishes(cohortId: $cohortId) }`;
    expect(await asNora.data(READ, { cohortId: s.cohort.id })).toEqual({ myBuddyWishes: [] });
    await asNora.data(WISHES, {
      input: { cohortId: s.cohort.id, topics: ['WIRKUNGSLOGIK', 'FOERDERUNG'] },
    });
    expect(await asNora.data(READ, { cohortId: s.cohort.id })).toEqual({
      myBuddyWishes: ['WIRKUNGSLOGIK', 'FOERDERUNG'],
    });
    // The alumnus is no new coordinator of the cohort; the program manager neither.
    expect(await (await t.as(anna)).data(READ, { cohortId: s.cohort.id })).toEqual({
      myBuddyWishes: null,
    });
    expect(await pm.data(READ, { cohortId: s.cohort.id })).toEqual({ myBuddyWishes: null });
  });

  it('is for program managers: a coordinator asking is refused', async () => {
    const s = await BuddyScenario.start(t);
    const nora = await s.newcomer('Nora Neu');
    const answer = await (await t.as(nora)).gql(SUGGESTIONS, { cohortId: s.cohort.id });
    expect(problem(answer)).toMatchObject({ code: 'FORBIDDEN' });
    const admin = await t.given.person({ roles: [Role.ADMIN] });
    expect((await (await t.as(admin)).gql(SUGGESTIONS, { cohortId: s.cohort.id })).errors).toBe(
      undefined,
    );
  });
});
