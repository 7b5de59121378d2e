import {
  Bundesland,
  CohortStatus,
  CoordinationEntity,
  NetworkEntity,
  NetworkKind,
  ParticipationChangeEntity,
  ParticipationEntity,
  ParticipationStatus,
} from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { PersonEntity } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import { plannedCohort as plannedCohortOf } from '../support/planned-cohort';
import { TestApp } from '../support/test-app';

const OVERVIEW = `query ($id: ID!) {
  cohortOverview(id: $id) {
    cohort { number title }
    participations {
      network { name }
      coordinator { name email }
      coordinatorExperience
      status
      waitlistPosition
    }
    counts { invited waitlisted enrolled active completed withdrawn occupying total }
    freeCapacity
    waitingList { network { name } waitlistPosition }
  }
}`;

/** Every nested field a planning page might ask for, to catch one query per row. */
const PARTICIPATION_SELECTION = `
  status
  waitlistPosition
  coordinatorExperience
  withdrawalReason
  history { toStatus changedBy { name } }
  coordinations { startDate person { name } }
  network { name currentCoordinator { name isAlumnus completedCohorts { number } } }
  coordinator { name email isAlumnus }
  cohort { title }
`;
const FULL_OVERVIEW = `query ($id: ID!) {
  cohortOverview(id: $id) {
    participations { ${PARTICIPATION_SELECTION} }
    counts { total }
    freeCapacity
    waitingList { id }
  }
}`;
const FULL_COHORT = `query ($id: ID!) {
  cohort(id: $id) { participations { ${PARTICIPATION_SELECTION} } }
}`;

const STATUS_CYCLE = [
  ParticipationStatus.ACTIVE,
  ParticipationStatus.ENROLLED,
  ParticipationStatus.WAITLISTED,
  ParticipationStatus.WITHDRAWN,
  ParticipationStatus.INVITED,
];
const KINDS = Object.values(NetworkKind);
const STATES = Object.values(Bundesland);

describe('the cohort overview', () => {
  let t: TestApp;
  let pm: GraphQLClient;
  let run = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  const plannedCohort = () => plannedCohortOf(t, (run += 1));

  /**
   * A cohort with `size` networks written in a few bulk inserts: each network has a
   * coordinator (every fourth handed over mid-cohort), every third (from the second on) completed an earlier cohort
   * (its coordinator then is an alumnus), statuses cycle through active, enrolled, waitlisted,
   * withdrawn and invited, and every participation has a history.
   */
  async function bulkCohort(size: number) {
    run += 1;
    const n = run;
    const dataSource = t.app.get(DataSource);
    const programme = await t.given.programme();
    const earlier = await t.given.cohort({
      programmeId: programme.id,
      number: 1,
      startDate: '2024-11-25',
      endDate: '2025-10-31',
      status: CohortStatus.COMPLETED,
      capacity: size,
    });
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      number: 2,
      startDate: '2025-11-24',
      endDate: '2026-10-30',
      status: CohortStatus.RUNNING,
      capacity: size,
    });
    const changer = await t.given.person({ name: 'Hanna Historie' });
    const indices = Array.from({ length: size }, (_, i) => i);
    const handedOver = (i: number) => i % 4 === 0;

    const insertPeople = async (role: string, which: number[]) => {
      const result = await dataSource.getRepository(PersonEntity).insert(
        which.map((i) => ({
          name: `${role} ${n}-${i}`,
          email: `${role.toLowerCase()}-${n}-${i}@example.org`,
          preferredLanguage: Language.DE,
          roles: [],
        })),
      );
      return new Map(which.map((i, k) => [i, result.identifiers[k]!.id as string]));
    };
    const current = await insertPeople('Koordination', indices);
    const predecessors = await insertPeople('Vorgaenger', indices.filter(handedOver));

    const networks = await dataSource.getRepository(NetworkEntity).insert(
      indices.map((i) => ({
        name: `Netz ${n}-${String(i).padStart(2, '0')}`,
        kind: KINDS[i % KINDS.length]!,
        bundesland: STATES[i % STATES.length]!,
        city: 'Magdeburg',
        website: null,
      })),
    );
    const networkId = (i: number) => networks.identifiers[i]!.id as string;

    await dataSource.getRepository(CoordinationEntity).insert([
      ...indices.map((i) => ({
        networkId: networkId(i),
        personId: current.get(i)!,
        startDate: handedOver(i) ? '2026-01-01' : '2020-01-01',
        endDate: null,
      })),
      ...indices.filter(handedOver).map((i) => ({
        networkId: networkId(i),
        personId: predecessors.get(i)!,
        startDate: '2020-01-01',
        endDate: '2025-12-31',
      })),
    ]);

    await dataSource.getRepository(ParticipationEntity).insert(
      indices
        .filter((i) => i % 3 === 1)
        .map((i) => ({
          cohortId: earlier.id,
          networkId: networkId(i),
          status: ParticipationStatus.COMPLETED,
          completedOn: '2025-10-31',
        })),
    );
    const statusOf = (i: number) => STATUS_CYCLE[i % STATUS_CYCLE.length]!;
    const participations = await dataSource.getRepository(ParticipationEntity).insert(
      indices.map((i) => {
        const status = statusOf(i);
        return {
          cohortId: cohort.id,
          networkId: networkId(i),
          status,
          waitlistedAt:
            status === ParticipationStatus.WAITLISTED
              ? new Date(Date.UTC(2026, 0, 10, 10, 0, i))
              : null,
          withdrawnOn: status === ParticipationStatus.WITHDRAWN ? '2026-01-10' : null,
          withdrawalReason: status === ParticipationStatus.WITHDRAWN ? `Grund ${i}` : null,
        };
      }),
    );
    await dataSource.getRepository(ParticipationChangeEntity).insert(
      indices.flatMap((i) => {
        const participationId = participations.identifiers[i]!.id as string;
        const first = {
          participationId,
          fromStatus: null,
          toStatus: ParticipationStatus.INVITED,
          changedById: changer.id,
          changedAt: new Date('2025-10-01T08:00:00Z'),
          reason: null,
        };
        return statusOf(i) === ParticipationStatus.INVITED
          ? [first]
          : [
              first,
              {
                ...first,
                fromStatus: ParticipationStatus.INVITED,
                toStatus: statusOf(i),
                changedAt: new Date('2025-11-01T08:00:00Z'),
              },
            ];
      }),
    );
    // Network 0 is active; its coordinator (handed over on 2026-01-01) looks at the cohort.
    const viewer = await dataSource.getRepository(PersonEntity).findOneByOrFail({
      id: current.get(0)!,
    });
    return { cohort, viewer, size };
  }

  describe('cohortOverview', () => {
    it('shows a program manager every network with coordinator and contact data, new or experienced, status, waiting list position, counts and free places', async () => {
      const { n, cohort, alma, nele, wanda, xaver, willi } = await plannedCohort();

      const { cohortOverview } = await pm.data(OVERVIEW, { id: cohort.id });

      expect(cohortOverview).toEqual({
        cohort: { number: 7, title: '7. Qualifizierungsdurchgang' },
        participations: [
          {
            network: { name: `Bildungsregion Ammerland ${n}` },
            coordinator: { name: 'Alma Alumna', email: alma.email },
            coordinatorExperience: 'EXPERIENCED',
            status: 'ACTIVE',
            waitlistPosition: null,
          },
          {
            network: { name: `MINT-Region Ostwürttemberg ${n}` },
            coordinator: { name: 'Nele Neu', email: nele.email },
            coordinatorExperience: 'NEW',
            status: 'ENROLLED',
            waitlistPosition: null,
          },
          {
            network: { name: `Ohne-Koordination ${n}` },
            coordinator: null,
            coordinatorExperience: null,
            status: 'INVITED',
            waitlistPosition: null,
          },
          {
            network: { name: `Technikland Tal ${n}` },
            coordinator: { name: 'Wanda Warte', email: wanda.email },
            coordinatorExperience: 'NEW',
            status: 'WAITLISTED',
            waitlistPosition: 2,
          },
          {
            network: { name: `Xylem-Netz ${n}` },
            coordinator: { name: 'Xaver Spaet', email: xaver.email },
            coordinatorExperience: 'NEW',
            status: 'WAITLISTED',
            waitlistPosition: 1,
          },
          {
            network: { name: `Zukunftsnetz ${n}` },
            coordinator: { name: 'Willi Weg', email: willi.email },
            coordinatorExperience: 'NEW',
            status: 'WITHDRAWN',
            waitlistPosition: null,
          },
        ],
        counts: {
          invited: 1,
          waitlisted: 2,
          enrolled: 1,
          active: 1,
          completed: 0,
          withdrawn: 1,
          occupying: 2,
          total: 6,
        },
        freeCapacity: 1,
        waitingList: [
          { network: { name: `Xylem-Netz ${n}` }, waitlistPosition: 1 },
          { network: { name: `Technikland Tal ${n}` }, waitlistPosition: 2 },
        ],
      });
    });

    it('answers NOT_FOUND for an unknown cohort and BAD_USER_INPUT for a malformed id', async () => {
      const missing = await pm.gql(OVERVIEW, { id: '00000000-0000-4000-8000-000000000000' });
      expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(missing.errors?.[0]?.message).toBe('Qualifizierungsdurchgang nicht gefunden.');
      const malformed = await pm.gql(OVERVIEW, { id: 'kohorte-7' });
      expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('without N+1 queries', () => {
    it('reads the overview of a cohort with 50 networks with as many SQL statements as one with 5', async () => {
      const small = await bulkCohort(5);
      const large = await bulkCohort(50);
      await pm.data(FULL_OVERVIEW, { id: small.cohort.id }); // warm-up

      let smallAnswer: any;
      let largeAnswer: any;
      const smallCount = await t.countStatements(async () => {
        smallAnswer = await pm.data(FULL_OVERVIEW, { id: small.cohort.id });
      });
      const largeCount = await t.countStatements(async () => {
        largeAnswer = await pm.data(FULL_OVERVIEW, { id: large.cohort.id });
      });

      // The answer is complete, so the count is not small because something was left out.
      const rows = largeAnswer.cohortOverview.participations;
      expect(rows).toHaveLength(50);
      expect(largeAnswer.cohortOverview.counts.total).toBe(50);
      expect(largeAnswer.cohortOverview.waitingList).toHaveLength(10);
      expect(largeAnswer.cohortOverview.freeCapacity).toBe(50 - 20);
      expect(rows.every((p: any) => p.coordinator?.email && p.history.length > 0)).toBe(true);
      expect(rows.filter((p: any) => p.coordinations.length === 2)).toHaveLength(13);
      expect(
        rows.filter((p: any) => p.coordinatorExperience === 'EXPERIENCED').length,
      ).toBeGreaterThan(0);
      expect(rows.filter((p: any) => p.withdrawalReason)).toHaveLength(10);
      expect(rows[0].history[0].changedBy).toEqual({ name: 'Hanna Historie' });
      expect(
        rows.filter((p: any) => p.network.currentCoordinator.completedCohorts.length > 0).length,
      ).toBeGreaterThan(0);
      expect(smallAnswer.cohortOverview.participations).toHaveLength(5);

      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBeLessThan(20);
    });

    it('reads a cohort’s participations as a coordinator with as many SQL statements for 50 networks as for 5', async () => {
      const small = await bulkCohort(5);
      const large = await bulkCohort(50);
      const smallViewer = await t.as(small.viewer);
      const largeViewer = await t.as(large.viewer);
      await smallViewer.data(FULL_COHORT, { id: small.cohort.id }); // warm-up

      let largeAnswer: any;
      const smallCount = await t.countStatements(() =>
        smallViewer.data(FULL_COHORT, { id: small.cohort.id }),
      );
      const largeCount = await t.countStatements(async () => {
        largeAnswer = await largeViewer.data(FULL_COHORT, { id: large.cohort.id });
      });

      // Active and enrolled networks: 2 of every 5, the viewer's own among them.
      const rows = largeAnswer.cohort.participations;
      expect(rows).toHaveLength(20);
      expect(rows.filter((p: any) => p.history !== null)).toHaveLength(1);
      expect(rows.filter((p: any) => p.coordinator.email !== null)).toHaveLength(1);
      expect(rows.every((p: any) => p.coordinator.name && p.network.currentCoordinator.name)).toBe(
        true,
      );

      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBeLessThan(20);
    });
  });
});
