import { CohortEntity, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { participationId status }
}`;
const ENROLL = `mutation ($input: NetworkInCohortInput!) { enrollNetwork(input: $input) { id status } }`;
const ACTIVATE = `mutation ($id: ID!) { activateParticipation(id: $id) { status } }`;
const WITHDRAW = `mutation ($input: WithdrawParticipationInput!) {
  withdrawParticipation(input: $input) { status }
}`;
const ATTENDANCE = `query ($id: ID!) { workshop(id: $id) { attendance { participationId status } } }`;
const MATRIX = `query ($id: ID!) {
  attendanceMatrix(cohortId: $id) {
    workshops { title }
    rows { participation { id } cells { status } }
  }
}`;
const CYCLE = `query ($id: ID!) {
  workshopCycle(participationId: $id) { steps { attendance workshop { title } } }
}`;

type Rows = { participationId: string; status: string }[];

/**
 * Attendance follows who takes part: networks that get a place after publication are
 * registered for what is still ahead, networks that withdraw are no longer registered for what
 * follows their withdrawal, and every view (the workshop's attendance, the matrix, the CSV, the
 * cycle, recordAttendance's answer) shows the same stored rows.
 */
describe('attendance as networks join and leave a cohort', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2024-11-04T09:00:00Z'));
  afterAll(() => t.close());

  /**
   * A running cohort with two active networks (Anna's and Wolf's) and three published
   * workshops — the kick-off 27–29 November 2024, Wirkungslogik 22 January 2025,
   * Wirkungsmessung 5 March 2025 — and a draft Storytelling deep dive.
   */
  async function cohortWithCycle() {
    const cohort = await t.given.cohort({
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      capacity: 3,
      status: CohortStatus.RUNNING,
    });
    const anna = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    const wolf = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    const make = async (title: string, dates: string[], publish = true) => {
      const { createWorkshop } = await pm.data(CREATE, {
        input: {
          cohortId: cohort.id,
          kind: 'OTHER',
          title,
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/q5',
          days: dates.map((date) => ({ date, startTime: '09:00', endTime: '17:00' })),
        },
      });
      if (publish) await pm.data(PUBLISH, { id: createWorkshop.id });
      return createWorkshop.id as string;
    };
    const kickOff = await make('Auftaktworkshop', ['2024-11-27', '2024-11-28', '2024-11-29']);
    const logik = await make('Wirkungslogik', ['2025-01-22']);
    const messung = await make('Wirkungsmessung', ['2025-03-05']);
    const storytelling = await make('Storytelling', ['2025-04-16'], false);
    return { cohort, anna, wolf, kickOff, logik, messung, storytelling };
  }

  const attendanceAt = async (workshopId: string): Promise<Rows> =>
    ((await pm.data(ATTENDANCE, { id: workshopId })).workshop.attendance as Rows).sort((x, y) =>
      x.participationId.localeCompare(y.participationId),
    );

  const statusOf = (rows: Rows, participationId: string) =>
    rows.find((r) => r.participationId === participationId)?.status ?? null;

  async function matrixRow(cohort: CohortEntity, participationId: string) {
    const { attendanceMatrix } = await pm.data(MATRIX, { id: cohort.id });
    const row = attendanceMatrix.rows.find(
      (r: { participation: { id: string } }) => r.participation.id === participationId,
    );
    return row?.cells.map((c: { status: string | null }) => c.status) ?? null;
  }

  async function csvRow(cohort: CohortEntity, networkName: string) {
    const manager = await t.given.person({ roles: [Role.PROGRAM_MANAGER] });
    const csv = await t.download(`/exports/cohorts/${cohort.id}/attendance.csv`, {
      authorization: `Bearer ${await t.tokenFor(manager)}`,
    });
    const line = csv.text
      .slice(1)
      .split('\r\n')
      .find((l) => l.startsWith(`${networkName};`));
    // Network, coordinator, participation status, then one column per workshop.
    return line?.split(';').slice(3, 6) ?? null;
  }

  describe('a network that withdraws', () => {
    it('is no longer registered for the workshops from its withdrawal on, in every view; those before stay', async () => {
      const { cohort, anna, wolf, kickOff, logik, messung } = await cohortWithCycle();
      t.clock.set('2025-01-16T09:00:00Z');

      await pm.data(WITHDRAW, {
        input: { id: wolf.participation.id, reason: 'Stelle unbesetzt', withdrawnOn: '2025-01-15' },
      });

      for (const id of [logik, messung]) {
        const rows = await attendanceAt(id);
        expect(statusOf(rows, wolf.participation.id)).toBeNull();
        expect(statusOf(rows, anna.participation.id)).toBe('REGISTERED');
      }
      // The kick-off was before the withdrawal: still registered, until recorded.
      expect(statusOf(await attendanceAt(kickOff), wolf.participation.id)).toBe('REGISTERED');
      expect(await matrixRow(cohort, wolf.participation.id)).toEqual(['REGISTERED', null, null]);
      expect(await matrixRow(cohort, anna.participation.id)).toEqual([
        'REGISTERED',
        'REGISTERED',
        'REGISTERED',
      ]);
      expect(await csvRow(cohort, wolf.network.name)).toEqual(['angemeldet', '', '']);
      const cycle = (await pm.data(CYCLE, { id: wolf.participation.id })).workshopCycle;
      expect(cycle.steps.map((s: { attendance: string | null }) => s.attendance)).toEqual([
        'REGISTERED',
        null,
        null,
        null, // the draft: a step not yet scheduled
      ]);
    });

    it('can still have its attendance at workshops before the withdrawal recorded, not at later ones', async () => {
      const { cohort, anna, wolf, kickOff, logik } = await cohortWithCycle();
      t.clock.set('2025-01-16T09:00:00Z');
      await pm.data(WITHDRAW, {
        input: { id: wolf.participation.id, reason: 'Stelle unbesetzt', withdrawnOn: '2025-01-15' },
      });

      const { recordAttendance } = await pm.data(RECORD, {
        input: {
          workshopId: kickOff,
          entries: [
            { participationId: anna.participation.id, status: 'ATTENDED' },
            { participationId: wolf.participation.id, status: 'ATTENDED' },
          ],
        },
      });
      expect(statusOf(recordAttendance, wolf.participation.id)).toBe('ATTENDED');

      const later = await pm.gql(RECORD, {
        input: {
          workshopId: logik,
          entries: [
            { participationId: anna.participation.id, status: 'ATTENDED' },
            { participationId: wolf.participation.id, status: 'ATTENDED' },
          ],
        },
      });
      expect(later.errors?.[0]).toMatchObject({
        message:
          'Dieses Netzwerk hat sich zum 15.01.2025 abgemeldet; für Workshops ab diesem Tag wird keine Anwesenheit erfasst.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'entries.1.participationId' }],
        },
      });
      // All or nothing: Anna's entry was not written either.
      expect(statusOf(await attendanceAt(logik), anna.participation.id)).toBe('REGISTERED');
      expect(await matrixRow(cohort, wolf.participation.id)).toEqual(['ATTENDED', null, null]);
    });
  });

  it('registers nobody for a cancelled workshop, in any view', async () => {
    const { anna, wolf, logik } = await cohortWithCycle();
    await pm.data(
      'mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { id } }',
      { input: { id: logik, reason: 'Referentin erkrankt' } },
    );

    expect(await attendanceAt(logik)).toEqual([]);
    for (const who of [anna, wolf]) {
      const cycle = (await pm.data(CYCLE, { id: who.participation.id })).workshopCycle;
      expect(
        cycle.steps
          .filter(
            (s: { workshop: { title: string } | null }) => s.workshop?.title === 'Wirkungslogik',
          )
          .map((s: { attendance: string | null }) => s.attendance),
      ).toEqual([null]);
    }
  });

  describe('a network that gets a place after publication', () => {
    it('is registered for the published workshops still ahead, and every view shows it', async () => {
      const { cohort, kickOff, logik, messung, storytelling } = await cohortWithCycle();
      // 1 February: the kick-off and Wirkungslogik are over (though not marked completed).
      t.clock.set('2025-02-01T09:00:00Z');
      const coordinator = await t.given.person({ name: 'Nora Neu' });
      const network = await t.given.network();
      await t.given.coordination(network, coordinator);

      const { enrollNetwork } = await pm.data(ENROLL, {
        input: { cohortId: cohort.id, networkId: network.id },
      });
      expect(enrollNetwork.status).toBe('ENROLLED');
      const nora = enrollNetwork.id as string;

      expect(statusOf(await attendanceAt(messung), nora)).toBe('REGISTERED');
      for (const id of [kickOff, logik, storytelling]) {
        expect(statusOf(await attendanceAt(id), nora)).toBeNull();
      }
      expect(await matrixRow(cohort, nora)).toEqual([null, null, 'REGISTERED']);
      expect(await csvRow(cohort, network.name)).toEqual(['', '', 'angemeldet']);
      const { workshopCycle } = await (await t.as(coordinator)).data(CYCLE, { id: nora });
      expect(workshopCycle.steps.map((s: { attendance: string | null }) => s.attendance)).toEqual([
        null,
        null,
        'REGISTERED',
        null, // the draft: a step not yet scheduled
      ]);

      // Becoming active changes nothing (no second row), and recording answers the same list.
      await pm.data(ACTIVATE, { id: nora });
      const { recordAttendance } = await pm.data(RECORD, {
        input: { workshopId: messung, entries: [{ participationId: nora, status: 'EXCUSED' }] },
      });
      expect(
        recordAttendance.filter((r: { participationId: string }) => r.participationId === nora),
      ).toEqual([{ participationId: nora, status: 'EXCUSED' }]);
      expect(recordAttendance).toHaveLength(3);

      // A draft published later registers everyone with a place, Nora included.
      await pm.data(PUBLISH, { id: storytelling });
      expect(statusOf(await attendanceAt(storytelling), nora)).toBe('REGISTERED');
    });

    it('is not registered while it only waits for a place', async () => {
      const { cohort, anna, messung } = await cohortWithCycle();
      t.clock.set('2025-02-01T09:00:00Z');
      // The cohort has three places: a third network takes the last, a fourth waits.
      const take = async () => {
        const network = await t.given.network();
        await t.given.coordination(network, await t.given.person());
        return (await pm.data(ENROLL, { input: { cohortId: cohort.id, networkId: network.id } }))
          .enrollNetwork as { id: string; status: string };
      };
      const third = await take();
      const fourth = await take();
      expect([third.status, fourth.status]).toEqual(['ENROLLED', 'WAITLISTED']);

      const rows = await attendanceAt(messung);
      expect(statusOf(rows, third.id)).toBe('REGISTERED');
      expect(statusOf(rows, fourth.id)).toBeNull();
      expect(statusOf(rows, anna.participation.id)).toBe('REGISTERED');
    });
  });
});
