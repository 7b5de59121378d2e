import {
  CohortsModule,
  CohortService,
  CoordinationEntity,
  NetworkEntity,
  ParticipationChangeEntity,
  ParticipationEntity,
  ProgrammeService,
} from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Actor, PersonEntity, Role } from '@zyklus/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../../../test/support/graphql-client';
import { ServiceTestModule } from '../../../test/support/service-module';
import { TestApp } from '../../../test/support/test-app';
import { TestClock } from '../../../test/support/test-clock';
import { DemoModule } from './demo.module';
import {
  DEMO_LATE_NETWORK,
  DEMO_REAL_NETWORK_NAMES,
  DEMO_TURNOVER_NETWORK,
  DEMO_WITHDRAWN_NETWORK,
} from './demo-networks';
import { DemoSeeder } from './demo-seeder';

describe('DemoSeeder', () => {
  let t: ServiceTestModule;
  const manager = new Actor(randomUUID(), [Role.PROGRAM_MANAGER], Language.DE);

  beforeEach(async () => {
    t = await ServiceTestModule.start([CohortsModule, DemoModule]);
  });
  afterEach(() => t.close());

  /** How many rows each table has. */
  async function counts() {
    const dataSource = t.module.get(DataSource);
    return {
      people: await dataSource.getRepository(PersonEntity).count(),
      networks: await dataSource.getRepository(NetworkEntity).count(),
      coordinations: await dataSource.getRepository(CoordinationEntity).count(),
      participations: await dataSource.getRepository(ParticipationEntity).count(),
      changes: await dataSource.getRepository(ParticipationChangeEntity).count(),
    };
  }

  it('seeds the MINT-Qualitätsoffensive with cohorts 1–5 and their networks on an empty database, once', async () => {
    const seeder = t.get(DemoSeeder);
    const now = new Date('2026-11-22T10:00:00Z');

    expect(await seeder.seed(now)).toBe(true);
    const seeded = await counts();
    expect(await seeder.seed(now)).toBe(false);
    expect(await counts()).toEqual(seeded);
    // 12 alumni networks (3 per cohort 1–4) and 21 in cohort 5: 20 complete, 1 withdrew.
    expect(seeded).toEqual({
      people: 35,
      networks: 33,
      coordinations: 37,
      participations: 33,
      changes: 12 * 4 + 19 * 4 + 5 + 4,
    });

    const programmes = await t.get(ProgrammeService).list();
    expect(programmes.map((p) => p.name)).toEqual(['MINT-Qualitätsoffensive']);
    const people = await t.module.get(DataSource).getRepository(PersonEntity).find();
    expect(people.filter((p) => p.roles.length)).toMatchObject([
      { email: 'programm@example.org', roles: ['PROGRAM_MANAGER'] },
    ]);
    for (const person of people.filter((p) => !p.roles.length)) {
      expect(person.email).toMatch(/^[a-z]+\.[a-z]+@example\.org$/);
    }
    expect(people.filter((p) => p.preferredLanguage === Language.EN)).toHaveLength(2);
    const page = await t
      .get(CohortService)
      .list(manager, { programmeId: programmes[0]!.id, first: 10 });
    expect(page.nodes.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(page.nodes[4]).toMatchObject({
      startDate: '2024-11-27',
      capacity: 20,
      status: 'COMPLETED',
    });
  });

  it('derives the cohorts’ statuses from their dates', async () => {
    await t.get(DemoSeeder).seed(new Date('2025-05-15T10:00:00Z'));
    const page = await t.get(CohortService).list(manager, { first: 10 });
    expect(page.nodes.map((c) => c.status)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'RUNNING',
    ]);
  });

  it('never touches a database that already has a programme', async () => {
    await t.given.programme({ name: 'Echtes Programm' });
    expect(await t.get(DemoSeeder).seed(new Date())).toBe(false);
    const programmes = await t.get(ProgrammeService).list();
    expect(programmes.map((p) => p.name)).toEqual(['Echtes Programm']);
  });

  it('never touches a database that already has a person', async () => {
    await t.given.person({ email: 'erste@example.org' });
    expect(await t.get(DemoSeeder).seed(new Date())).toBe(false);
    expect(await counts()).toMatchObject({ people: 1, networks: 0 });
  });

  it('seeds once when two instances start together', async () => {
    const seeder = t.get(DemoSeeder);
    const results = await Promise.all([seeder.seed(new Date()), seeder.seed(new Date())]);
    expect(results.sort()).toEqual([false, true]);
    expect(await t.get(ProgrammeService).list()).toHaveLength(1);
    expect((await counts()).networks).toBe(33);
  });
});

const COHORTS = `{
  cohorts(first: 10) {
    nodes {
      id number status
      participationCounts { invited waitlisted enrolled active completed withdrawn occupying total }
    }
  }
}`;

const OVERVIEW = `query ($id: ID!) {
  cohortOverview(id: $id) {
    participations {
      status createdAt completedOn withdrawnOn withdrawalReason waitlistPosition
      network { name kind bundesland city website }
      coordinator { name email isAlumnus completedCohorts { number } }
      coordinatorExperience
      coordinations { startDate endDate person { name } }
      history { fromStatus toStatus changedAt reason changedBy { email } }
    }
  }
}`;

/** What a newcomer sees over GraphQL, signed in as the demo program manager. */
describe('DemoSeeder: the demo as a newcomer sees it', () => {
  let app: TestApp;

  afterEach(() => app.close());

  /** The app on a fresh database seeded as of `instant`, its clock there, and the manager. */
  async function seededAsOf(instant: string) {
    app = await TestApp.start({}, new TestClock(instant));
    expect(await app.app.get(DemoSeeder).seed(new Date(instant))).toBe(true);
    const person = await app.app
      .get(DataSource)
      .getRepository(PersonEntity)
      .findOneByOrFail({ email: 'programm@example.org' });
    const pm: GraphQLClient = await app.as(person);
    const { cohorts } = await pm.data(COHORTS);
    const fifth = cohorts.nodes.find((c: any) => c.number === 5);
    const { cohortOverview } = await pm.data(OVERVIEW, { id: fifth.id });
    const participations: any[] = cohortOverview.participations;
    const byName = (name: string) => participations.find((p) => p.network.name === name);
    return { cohorts: cohorts.nodes, fifth, participations, byName };
  }

  it('shows the 5th cohort completed by its 20 networks, with alumni and a change of coordinator (as of 2026-11-22)', async () => {
    const { cohorts, fifth, participations, byName } = await seededAsOf('2026-11-22T10:00:00Z');

    expect(cohorts.map((c: any) => [c.number, c.status, c.participationCounts.completed])).toEqual([
      [1, 'COMPLETED', 3],
      [2, 'COMPLETED', 3],
      [3, 'COMPLETED', 3],
      [4, 'COMPLETED', 3],
      [5, 'COMPLETED', 20],
    ]);
    expect(fifth.participationCounts).toEqual({
      invited: 0,
      waitlisted: 0,
      enrolled: 0,
      active: 0,
      completed: 20,
      withdrawn: 1,
      occupying: 20,
      total: 21,
    });
    const completed = participations.filter((p) => p.status === 'COMPLETED');
    expect(completed.every((p) => p.completedOn === '2025-10-31')).toBe(true);

    // The real networks by name, without invented websites; every other one marked as demo.
    const names = participations.map((p) => p.network.name);
    expect(names).toEqual(expect.arrayContaining(DEMO_REAL_NETWORK_NAMES));
    expect(DEMO_REAL_NETWORK_NAMES).toHaveLength(9);
    for (const p of participations) {
      expect(p.network.website).toBeNull();
      if (!DEMO_REAL_NETWORK_NAMES.includes(p.network.name)) {
        expect(p.network.name).toMatch(/ \(Demo\)$/);
      }
    }
    expect(byName('MagdeMINT').network).toMatchObject({
      bundesland: 'SACHSEN_ANHALT',
      city: 'Magdeburg',
    });
    expect(new Set(participations.map((p) => p.network.bundesland)).size).toBeGreaterThanOrEqual(
      10,
    );
    expect(participations.map((p) => p.network)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'ZDI_ZENTRUM', bundesland: 'NORDRHEIN_WESTFALEN' }),
        expect.objectContaining({ kind: 'MINT_CLUSTER' }),
      ]),
    );

    // A coordinator left mid-cohort; the successor took over the next day and completed it.
    const turnover = byName(DEMO_TURNOVER_NETWORK);
    expect(turnover).toMatchObject({
      status: 'COMPLETED',
      coordinator: { name: 'Lea Hartmann', isAlumnus: true, completedCohorts: [{ number: 5 }] },
      coordinatorExperience: 'NEW',
      coordinations: [
        { startDate: '2021-05-01', endDate: '2025-03-31', person: { name: 'Matthias Schröder' } },
        { startDate: '2025-04-01', endDate: null, person: { name: 'Lea Hartmann' } },
      ],
    });

    // Alumni of earlier cohorts coordinate networks of the 5th.
    const experienced = participations.filter((p) => p.coordinatorExperience === 'EXPERIENCED');
    expect(experienced.length).toBeGreaterThanOrEqual(2);
    expect(experienced.map((p) => [p.coordinator.name, p.coordinator.completedCohorts])).toEqual(
      expect.arrayContaining([
        ['Thomas Becker', [{ number: 1 }, { number: 5 }]],
        ['Jan Hoffmann', [{ number: 2 }, { number: 5 }]],
        ['Stefanie Richter', [{ number: 3 }, { number: 5 }]],
      ]),
    );
    for (const p of experienced) {
      expect(p.coordinations[0].startDate < '2024-11-27').toBe(true);
    }

    // Everyone has a coordinator, except the network that withdrew after its coordinator left.
    const withdrawn = byName(DEMO_WITHDRAWN_NETWORK);
    expect(withdrawn).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnOn: '2025-02-14',
      withdrawalReason: 'Koordinationsstelle nicht nachbesetzt',
      coordinator: null,
      coordinations: [{ endDate: '2025-01-31' }],
    });
    expect(participations.filter((p) => !p.coordinator)).toEqual([withdrawn]);
    for (const p of participations) {
      expect(p.coordinations[0].startDate < '2024-11-27').toBe(true);
    }

    // Each status step has its history entry, by the demo program manager, oldest first.
    const steps = (p: any) => p.history.map((h: any) => `${h.fromStatus}→${h.toStatus}`);
    expect(steps(byName('Sensor Space'))).toEqual([
      'null→INVITED',
      'INVITED→ENROLLED',
      'ENROLLED→ACTIVE',
      'ACTIVE→COMPLETED',
    ]);
    expect(steps(withdrawn)).toEqual([
      'null→INVITED',
      'INVITED→ENROLLED',
      'ENROLLED→ACTIVE',
      'ACTIVE→WITHDRAWN',
    ]);
    expect(withdrawn.history[3].reason).toBe('Koordinationsstelle nicht nachbesetzt');
    expect(steps(byName(DEMO_LATE_NETWORK))).toEqual([
      'null→INVITED',
      'INVITED→WAITLISTED',
      'WAITLISTED→ENROLLED',
      'ENROLLED→ACTIVE',
      'ACTIVE→COMPLETED',
    ]);
    for (const p of participations) {
      const times = p.history.map((h: any) => h.changedAt);
      expect(p.createdAt).toBe(times[0]);
      expect([...times].sort()).toEqual(times);
      expect(p.history.every((h: any) => h.changedBy.email === 'programm@example.org')).toBe(true);
    }
  });

  it('shows the 5th cohort running with its networks active (as of 2025-05-15)', async () => {
    const { cohorts, fifth, participations, byName } = await seededAsOf('2025-05-15T10:00:00Z');

    expect(cohorts.map((c: any) => c.status)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'RUNNING',
    ]);
    expect(fifth.participationCounts).toMatchObject({
      active: 20,
      withdrawn: 1,
      completed: 0,
      total: 21,
    });
    expect(byName(DEMO_LATE_NETWORK).history.at(-1)).toMatchObject({ toStatus: 'ACTIVE' });
    expect(byName(DEMO_TURNOVER_NETWORK).coordinations).toHaveLength(2);
    expect(
      participations.filter((p) => p.coordinatorExperience === 'EXPERIENCED').length,
    ).toBeGreaterThanOrEqual(2);
    const latest = participations.flatMap((p) => p.history.map((h: any) => h.changedAt)).sort();
    expect(latest.at(-1) <= '2025-05-15T10:00:00.000Z').toBe(true);
  });

  it('shows the 5th cohort planned, full, with one network waiting (as of 2024-11-20)', async () => {
    const { cohorts, fifth, byName } = await seededAsOf('2024-11-20T10:00:00Z');

    expect(cohorts.map((c: any) => c.status)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'PLANNED',
    ]);
    expect(fifth.participationCounts).toMatchObject({ enrolled: 20, waitlisted: 1, total: 21 });
    expect(byName(DEMO_LATE_NETWORK)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 1 });
    // The change of coordinator lies ahead.
    expect(byName(DEMO_TURNOVER_NETWORK).coordinations).toEqual([
      { startDate: '2021-05-01', endDate: null, person: { name: 'Matthias Schröder' } },
    ]);
  });
});
