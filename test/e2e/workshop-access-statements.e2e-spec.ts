import {
  Bundesland,
  CohortStatus,
  CoordinationEntity,
  NetworkEntity,
  NetworkKind,
  ParticipationEntity,
  ParticipationStatus,
} from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { PersonEntity } from '@zyklus/identity';
import {
  AttendanceEntity,
  AttendanceStatus,
  WorkshopDayEntity,
  WorkshopEntity,
  WorkshopFacilitatorEntity,
  WorkshopFormat,
  WorkshopKind,
  WorkshopStatus,
} from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { AccessScenario } from '../support/access-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

/** Every nested field a coordinator's cycle page might ask for, to catch one query per step. */
const FULL_CYCLE = `query ($cohortId: ID) {
  myWorkshopCycle(cohortId: $cohortId) {
    steps {
      attendance
      required
      upcoming
      workshop {
        title
        days { date startTime endTime startsAt endsAt }
        place { name }
        onlineUrl
        facilitators { name organisation }
        cohort { title }
        timeZone
        attendance { status }
      }
    }
    progress { percent }
    nextWorkshop { title }
    participation { network { name } }
    cohort { title }
  }
}`;
const FULL_MATRIX = `query ($cohortId: ID!) {
  attendanceMatrix(cohortId: $cohortId) {
    workshops { title days { date } }
    rows {
      participation { network { name } coordinator { name } }
      cells { status workshop { id } }
      progress { attendedRequired required complete }
    }
  }
}`;

/** `date` plus `days`, as YYYY-MM-DD. */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

describe('access to workshops, cycles and attendance (DESIGN §4): the same statements at any size', () => {
  let t: TestApp;
  let pm: GraphQLClient;
  let dataSource: DataSource;
  let s: AccessScenario;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
    dataSource = t.app.get(DataSource);
    s = new AccessScenario(t);
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  async function bulkCohort(networkCount: number, workshopCount: number) {
    s.run += 1;
    const n = s.run;
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      title: `Durchgang ${n}`,
      status: CohortStatus.RUNNING,
      capacity: networkCount,
    });
    const facilitator = await t.given.person({ name: `Frida Fachfrau ${n}` });
    const networks = Array.from({ length: networkCount }, (_, i) => i);
    const workshopIndices = Array.from({ length: workshopCount }, (_, i) => i);

    const people = await dataSource.getRepository(PersonEntity).insert(
      networks.map((i) => ({
        name: `Koordination ${n}-${i}`,
        email: `koordination-${n}-${i}@example.org`,
        preferredLanguage: Language.DE,
        roles: [],
      })),
    );
    const personId = (i: number) => people.identifiers[i]!.id as string;
    const networkRows = await dataSource.getRepository(NetworkEntity).insert(
      networks.map((i) => ({
        name: `Netz ${n}-${String(i).padStart(2, '0')}`,
        kind: NetworkKind.MINT_REGION,
        bundesland: Bundesland.SACHSEN_ANHALT,
        city: 'Magdeburg',
        website: null,
      })),
    );
    const networkId = (i: number) => networkRows.identifiers[i]!.id as string;
    await dataSource.getRepository(CoordinationEntity).insert(
      networks.map((i) => ({
        networkId: networkId(i),
        personId: personId(i),
        startDate: '2020-01-01',
        endDate: null,
      })),
    );
    const STATUSES = [
      ParticipationStatus.ACTIVE,
      ParticipationStatus.ENROLLED,
      ParticipationStatus.COMPLETED,
      ParticipationStatus.WITHDRAWN,
      ParticipationStatus.INVITED,
    ];
    const statusOf = (i: number) => STATUSES[i % STATUSES.length]!;
    const participations = await dataSource.getRepository(ParticipationEntity).insert(
      networks.map((i) => {
        const status = statusOf(i);
        return {
          cohortId: cohort.id,
          networkId: networkId(i),
          status,
          completedOn: status === ParticipationStatus.COMPLETED ? '2026-01-10' : null,
          withdrawnOn: status === ParticipationStatus.WITHDRAWN ? '2026-01-10' : null,
          withdrawalReason: status === ParticipationStatus.WITHDRAWN ? 'Personalwechsel' : null,
        };
      }),
    );
    const participationId = (i: number) => participations.identifiers[i]!.id as string;

    const WORKSHOP_STATUSES = [
      WorkshopStatus.COMPLETED,
      WorkshopStatus.PUBLISHED,
      WorkshopStatus.PUBLISHED,
      WorkshopStatus.CANCELLED,
    ];
    const workshopStatus = (w: number) => WORKSHOP_STATUSES[w % WORKSHOP_STATUSES.length]!;
    const workshops = await dataSource.getRepository(WorkshopEntity).insert(
      workshopIndices.map((w) => ({
        cohortId: cohort.id,
        templateStepId: null,
        kind: WorkshopKind.OTHER,
        title: `Workshop ${n}-${String(w).padStart(2, '0')}`,
        description: null,
        format: w % 2 ? WorkshopFormat.ONLINE : WorkshopFormat.HYBRID,
        placeName: w % 2 ? null : 'KörberForum',
        placeAddress: null,
        onlineUrl: `https://meet.example.org/${n}-${w}`,
        capacity: null,
        attendanceRequired: true,
        status: workshopStatus(w),
        cancellationReason:
          workshopStatus(w) === WorkshopStatus.CANCELLED ? 'Referentin erkrankt' : null,
        sequence: 0,
      })),
    );
    const workshopId = (w: number) => workshops.identifiers[w]!.id as string;
    // Mondays a week apart from 2025-12-01; every third also the Tuesday after.
    await dataSource.getRepository(WorkshopDayEntity).insert(
      workshopIndices.flatMap((w) =>
        (w % 3 ? [0] : [0, 1]).map((extra) => ({
          workshopId: workshopId(w),
          date: plusDays('2025-12-01', 7 * w + extra),
          startTime: '09:00',
          endTime: '17:00',
        })),
      ),
    );
    await dataSource.getRepository(WorkshopFacilitatorEntity).insert(
      workshopIndices.flatMap((w) => [
        {
          workshopId: workshopId(w),
          position: 1,
          personId: facilitator.id,
          name: null,
          organisation: null,
          contribution: null,
        },
        {
          workshopId: workshopId(w),
          position: 2,
          personId: null,
          name: 'Dr. Ina Impuls',
          organisation: 'Phineo',
          contribution: 'Impuls Wirkungsmessung (halber Tag)',
        },
      ]),
    );
    const RECORDED = [
      AttendanceStatus.ATTENDED,
      AttendanceStatus.EXCUSED,
      AttendanceStatus.NO_SHOW,
    ];
    const withPlace = networks.filter((i) =>
      [
        ParticipationStatus.ACTIVE,
        ParticipationStatus.ENROLLED,
        ParticipationStatus.COMPLETED,
      ].includes(statusOf(i)),
    );
    await dataSource.getRepository(AttendanceEntity).insert(
      withPlace.flatMap((i) =>
        workshopIndices
          .filter((w) => workshopStatus(w) !== WorkshopStatus.CANCELLED)
          .map((w) => {
            const completed = workshopStatus(w) === WorkshopStatus.COMPLETED;
            return {
              workshopId: workshopId(w),
              participationId: participationId(i),
              status: completed
                ? RECORDED[(i + w) % RECORDED.length]!
                : AttendanceStatus.REGISTERED,
              recordedAt: completed ? new Date('2026-01-10T12:00:00Z') : null,
              recordedById: null,
            };
          }),
      ),
    );
    // Network 0 is active; its coordinator looks at their cycle.
    const viewer = await dataSource.getRepository(PersonEntity).findOneByOrFail({
      id: personId(0),
    });
    return { n, cohort, viewer, facilitator };
  }

  describe('without N+1 queries', () => {
    it('reads a coordinator’s whole cycle in a cohort of 40 networks × 15 workshops with as many SQL statements as 5 × 3', async () => {
      const small = await bulkCohort(5, 3);
      const large = await bulkCohort(40, 15);
      const smallViewer = await t.as(small.viewer);
      const largeViewer = await t.as(large.viewer);
      await smallViewer.data(FULL_CYCLE, { cohortId: small.cohort.id }); // warm-up

      let smallAnswer: any;
      let largeAnswer: any;
      const smallCount = await t.countStatements(async () => {
        smallAnswer = await smallViewer.data(FULL_CYCLE, { cohortId: small.cohort.id });
      });
      const largeCount = await t.countStatements(async () => {
        largeAnswer = await largeViewer.data(FULL_CYCLE, { cohortId: large.cohort.id });
      });

      // The answer is complete, so the count is not small because something was left out.
      const cycle = largeAnswer.myWorkshopCycle;
      expect(cycle.steps).toHaveLength(15);
      expect(cycle.cohort).toEqual({ title: `Durchgang ${large.n}` });
      expect(cycle.participation).toEqual({ network: { name: `Netz ${large.n}-00` } });
      expect(cycle.steps[0]).toEqual({
        attendance: 'ATTENDED',
        required: true,
        upcoming: false,
        workshop: {
          title: `Workshop ${large.n}-00`,
          days: [
            {
              date: '2025-12-01',
              startTime: '09:00',
              endTime: '17:00',
              startsAt: '2025-12-01T08:00:00.000Z',
              endsAt: '2025-12-01T16:00:00.000Z',
            },
            {
              date: '2025-12-02',
              startTime: '09:00',
              endTime: '17:00',
              startsAt: '2025-12-02T08:00:00.000Z',
              endsAt: '2025-12-02T16:00:00.000Z',
            },
          ],
          place: { name: 'KörberForum' },
          onlineUrl: `https://meet.example.org/${large.n}-0`,
          facilitators: [
            { name: `Frida Fachfrau ${large.n}`, organisation: null },
            { name: 'Dr. Ina Impuls', organisation: 'Phineo' },
          ],
          cohort: { title: `Durchgang ${large.n}` },
          timeZone: 'Europe/Berlin',
          attendance: [{ status: 'ATTENDED' }],
        },
      });
      const steps = cycle.steps as any[];
      expect(steps.every((s) => s.workshop.facilitators.length === 2)).toBe(true);
      expect(steps.every((s) => s.workshop.onlineUrl?.startsWith('https://'))).toBe(true);
      expect(steps.filter((s) => s.attendance === null)).toHaveLength(3); // cancelled
      expect(steps.filter((s) => s.workshop.attendance.length === 1)).toHaveLength(12);
      expect(steps.filter((s) => s.upcoming).length).toBeGreaterThan(0);
      // 12 required (3 cancelled); of the 4 completed, attended the 1st and the 13th.
      expect(cycle.progress).toEqual({ percent: 17 });
      // Workshop 06 ended on 2026-01-13, 07 is cancelled, 08 completed: 09 (2026-02-02) is next.
      expect(cycle.nextWorkshop).toEqual({ title: `Workshop ${large.n}-09` });
      expect(smallAnswer.myWorkshopCycle.steps).toHaveLength(3);

      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBeLessThan(25);
    });

    it('reads the attendance matrix of 40 networks × 12 workshops with as many SQL statements as 5 × 3', async () => {
      const small = await bulkCohort(5, 3);
      const large = await bulkCohort(40, 12);
      await pm.data(FULL_MATRIX, { cohortId: small.cohort.id }); // warm-up

      let smallAnswer: any;
      let largeAnswer: any;
      const smallCount = await t.countStatements(async () => {
        smallAnswer = await pm.data(FULL_MATRIX, { cohortId: small.cohort.id });
      });
      const largeCount = await t.countStatements(async () => {
        largeAnswer = await pm.data(FULL_MATRIX, { cohortId: large.cohort.id });
      });

      const matrix = largeAnswer.attendanceMatrix;
      // Completed and published workshops (3 of 12 are cancelled); networks with a place or
      // withdrawn (8 of 40 are only invited).
      expect(matrix.workshops).toHaveLength(9);
      expect(matrix.workshops.every((w: any) => w.days.length >= 1)).toBe(true);
      expect(matrix.rows).toHaveLength(32);
      const rows = matrix.rows as any[];
      expect(rows.every((r) => r.cells.length === 9)).toBe(true);
      expect(rows.every((r) => r.participation.coordinator?.name.startsWith('Koordination'))).toBe(
        true,
      );
      expect(rows[0]).toMatchObject({
        participation: {
          network: { name: `Netz ${large.n}-00` },
          coordinator: { name: `Koordination ${large.n}-0` },
        },
        progress: { required: 9, complete: false },
      });
      expect(rows[0].cells[0]).toEqual({
        status: 'ATTENDED',
        workshop: { id: expect.any(String) },
      });
      expect(
        rows.flatMap((r) => r.cells.map((c: any) => c.status)).filter((s) => s === 'ATTENDED')
          .length,
      ).toBeGreaterThan(0);
      expect(smallAnswer.attendanceMatrix.workshops).toHaveLength(3);
      expect(smallAnswer.attendanceMatrix.rows).toHaveLength(4);

      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBeLessThan(25);
    });
  });

  /**
   * Cohort 8 with four networks: two active, one completed, one withdrawn (and one waiting,
   * which has no row). Three required workshops completed, an optional one published, one
   * cancelled.
   */
});
