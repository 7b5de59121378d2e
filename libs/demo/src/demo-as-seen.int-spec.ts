import { PersonEntity } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../../../test/support/graphql-client';
import { TestApp } from '../../../test/support/test-app';
import { TestClock } from '../../../test/support/test-clock';
import {
  DEMO_LATE_NETWORK,
  DEMO_REAL_NETWORK_NAMES,
  DEMO_TURNOVER_NETWORK,
  DEMO_WITHDRAWN_NETWORK,
} from './demo-networks';
import { DemoSeeder } from './demo-seeder';

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

const CYCLE_TEMPLATE = `{
  programmes {
    name
    cycleTemplate {
      position kind title durationDays dayStart dayEnd defaultFormat attendanceRequired gapDays
    }
  }
}`;

const WORKSHOPS = `query ($id: ID!) {
  cohort(id: $id) {
    workshops {
      kind title status sequence format onlineUrl attendanceRequired warnings
      place { name address }
      days { date startTime endTime }
      facilitators { name organisation contribution external }
      changes { kind sequence reason }
    }
  }
}`;

const MATRIX = `query ($id: ID!) {
  attendanceMatrix(cohortId: $id) {
    workshops { kind }
    rows {
      participation { status network { name } }
      cells { status }
      progress { attendedRequired required percent complete }
    }
  }
}`;

const MY_CYCLE = `query ($id: ID) {
  myWorkshopCycle(cohortId: $id) {
    cohort { number }
    participation { network { name } }
    steps { attendance required upcoming workshop { kind status } }
    progress { attendedRequired required percent complete }
    nextWorkshop { kind }
  }
}`;

/** What a newcomer sees over GraphQL, signed in as the demo program manager. */
describe('DemoSeeder: the demo as a newcomer sees it', () => {
  let app: TestApp;

  afterEach(() => app.close());

  /** A client signed in as the seeded person with this address. */
  async function signedInAs(email: string): Promise<GraphQLClient> {
    const people = app.app.get(DataSource).getRepository(PersonEntity);
    return app.as(await people.findOneByOrFail({ email }));
  }

  /** The app on a fresh database seeded as of `instant`, its clock there, and the manager. */
  async function seededAsOf(instant: string) {
    app = await TestApp.start({}, new TestClock(instant));
    expect(await app.app.get(DemoSeeder).seed(new Date(instant))).toBe(true);
    const pm = await signedInAs('programm@example.org');
    const { cohorts } = await pm.data(COHORTS);
    const fifth = cohorts.nodes.find((c: any) => c.number === 5);
    const { cohortOverview } = await pm.data(OVERVIEW, { id: fifth.id });
    const participations: any[] = cohortOverview.participations;
    const byName = (name: string) => participations.find((p) => p.network.name === name);
    return { pm, cohorts: cohorts.nodes, fifth, participations, byName };
  }

  it('shows the 5th cohort completed by its 20 networks, with alumni and a change of coordinator (as of 2025-12-15)', async () => {
    const { cohorts, fifth, participations, byName } = await seededAsOf('2025-12-15T10:00:00Z');

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

  it('shows the workshop cycle: the template and the 5th cohort’s workshops, completed, with attendance (as of 2025-12-15)', async () => {
    const { pm, fifth } = await seededAsOf('2025-12-15T10:00:00Z');

    const { programmes } = await pm.data(CYCLE_TEMPLATE);
    expect(programmes[0].cycleTemplate).toEqual([
      {
        position: 1,
        kind: 'KICK_OFF',
        title: 'Auftaktworkshop',
        durationDays: 2.5,
        dayStart: '09:00',
        dayEnd: '17:00',
        defaultFormat: 'IN_PERSON',
        attendanceRequired: true,
        gapDays: 0,
      },
      expect.objectContaining({ position: 2, kind: 'WIRKUNGSLOGIK', defaultFormat: 'ONLINE' }),
      expect.objectContaining({ position: 3, kind: 'WIRKUNGSMESSUNG', defaultFormat: 'ONLINE' }),
      expect.objectContaining({ position: 4, kind: 'STORYTELLING', defaultFormat: 'ONLINE' }),
      expect.objectContaining({
        position: 5,
        kind: 'TRANSFERWERKSTATT',
        title: 'Transferwerkstatt',
        durationDays: 2,
        defaultFormat: 'IN_PERSON',
      }),
    ]);
    expect(programmes[0].cycleTemplate.every((s: any) => s.attendanceRequired)).toBe(true);

    const { cohort } = await pm.data(WORKSHOPS, { id: fifth.id });
    const workshops: any[] = cohort.workshops;
    const kind = (k: string) => workshops.find((w) => w.kind === k);
    expect(workshops.map((w) => [w.kind, w.status])).toEqual([
      ['KICK_OFF', 'COMPLETED'],
      ['WIRKUNGSLOGIK', 'COMPLETED'],
      ['WIRKUNGSMESSUNG', 'COMPLETED'],
      ['STORYTELLING', 'COMPLETED'],
      ['TRANSFERWERKSTATT', 'COMPLETED'],
    ]);
    // The kick-off: two and a half days in person in Berlin.
    expect(kind('KICK_OFF')).toMatchObject({
      format: 'IN_PERSON',
      onlineUrl: null,
      days: [
        { date: '2024-11-27', startTime: '09:00', endTime: '17:00' },
        { date: '2024-11-28', startTime: '09:00', endTime: '17:00' },
        { date: '2024-11-29', startTime: '09:00', endTime: '13:00' },
      ],
    });
    expect(kind('KICK_OFF').place.address).toMatch(/Berlin$/);
    // The deep dives online; an external expert gives an input on impact measurement.
    for (const k of ['WIRKUNGSLOGIK', 'WIRKUNGSMESSUNG', 'STORYTELLING']) {
      expect(kind(k)).toMatchObject({ format: 'ONLINE', place: null });
      expect(kind(k).onlineUrl).toMatch(/^https:\/\//);
    }
    expect(kind('WIRKUNGSMESSUNG').facilitators).toEqual([
      { name: 'Petra Sommer', organisation: null, contribution: 'Moderation', external: false },
      expect.objectContaining({
        external: true,
        contribution: 'Impuls Wirkungsmessung (halber Tag)',
      }),
    ]);
    expect(kind('WIRKUNGSMESSUNG').facilitators[1].organisation).toBeTruthy();
    // The Transferwerkstatt: May 2025 in Hamburg.
    expect(kind('TRANSFERWERKSTATT')).toMatchObject({
      format: 'IN_PERSON',
      place: { name: 'Körber-Stiftung, KörberForum', address: 'Kehrwieder 12, 20457 Hamburg' },
    });
    expect(kind('TRANSFERWERKSTATT').days.map((d: any) => d.date)).toEqual([
      '2025-05-21',
      '2025-05-22',
    ]);
    // Storytelling was moved by a week: people were told (sequence 1).
    expect(kind('STORYTELLING')).toMatchObject({ sequence: 1, days: [{ date: '2025-04-16' }] });
    expect(kind('STORYTELLING').changes.map((c: any) => [c.kind, c.sequence])).toEqual([
      ['PUBLISHED', 0],
      ['RESCHEDULED', 1],
      ['COMPLETED', 1],
    ]);
    for (const w of workshops) {
      expect(w.attendanceRequired).toBe(true);
      expect(w.warnings).toEqual([]);
      expect(w.changes[0]).toMatchObject({ kind: 'PUBLISHED', sequence: 0 });
      expect(w.changes.at(-1)).toMatchObject({ kind: 'COMPLETED' });
    }

    // The attendance matrix: most networks completed their cycle, a few did not.
    const { attendanceMatrix } = await pm.data(MATRIX, { id: fifth.id });
    expect(attendanceMatrix.workshops).toHaveLength(5);
    const rows: any[] = attendanceMatrix.rows;
    expect(rows).toHaveLength(21);
    const row = (name: string) => rows.find((r) => r.participation.network.name === name);
    const incomplete = rows
      .filter((r) => !r.progress.complete)
      .map((r) => r.participation.network.name);
    expect(incomplete.sort()).toEqual(
      [
        DEMO_LATE_NETWORK,
        DEMO_WITHDRAWN_NETWORK,
        'MINT-Cluster Allgäu (Demo)',
        'MINT-Region Westmecklenburg (Demo)',
        'Forscherwerkstatt Saar (Demo)',
      ].sort(),
    );
    for (const name of DEMO_REAL_NETWORK_NAMES) {
      expect(row(name).progress).toEqual({
        attendedRequired: 5,
        required: 5,
        percent: 100,
        complete: true,
      });
    }
    expect(row('Forscherwerkstatt Saar (Demo)').cells.map((c: any) => c.status)).toEqual([
      'ATTENDED',
      'NO_SHOW',
      'ATTENDED',
      'ATTENDED',
      'ATTENDED',
    ]);
    expect(row(DEMO_WITHDRAWN_NETWORK)).toMatchObject({
      participation: { status: 'WITHDRAWN' },
      cells: [
        { status: 'ATTENDED' },
        { status: 'EXCUSED' },
        { status: null },
        { status: null },
        { status: null },
      ],
      progress: { attendedRequired: 1, percent: 20, complete: false },
    });
    expect(row(DEMO_LATE_NETWORK).progress).toMatchObject({ attendedRequired: 3, percent: 60 });
    expect(
      row(DEMO_LATE_NETWORK)
        .cells.slice(2)
        .map((c: any) => c.status),
    ).toEqual(['ATTENDED', 'ATTENDED', 'ATTENDED']);

    // A coordinator's own cycle: five steps, all attended.
    const anne = await signedInAs('anne.franke@example.org');
    const { myWorkshopCycle } = await anne.data(MY_CYCLE, { id: fifth.id });
    expect(myWorkshopCycle).toMatchObject({
      cohort: { number: 5 },
      participation: { network: { name: 'Sensor Space' } },
      progress: { attendedRequired: 5, required: 5, percent: 100, complete: true },
      nextWorkshop: null,
    });
    expect(myWorkshopCycle.steps).toHaveLength(5);
    expect(
      myWorkshopCycle.steps.map((s: any) => [
        s.workshop.kind,
        s.attendance,
        s.required,
        s.upcoming,
      ]),
    ).toEqual([
      ['KICK_OFF', 'ATTENDED', true, false],
      ['WIRKUNGSLOGIK', 'ATTENDED', true, false],
      ['WIRKUNGSMESSUNG', 'ATTENDED', true, false],
      ['STORYTELLING', 'ATTENDED', true, false],
      ['TRANSFERWERKSTATT', 'ATTENDED', true, false],
    ]);
    // One who was excused once: four of five.
    const simon = await signedInAs('simon.berger@example.org');
    const allgaeu = (await simon.data(MY_CYCLE, { id: fifth.id })).myWorkshopCycle;
    expect(allgaeu.steps.map((s: any) => s.attendance)).toEqual([
      'ATTENDED',
      'ATTENDED',
      'EXCUSED',
      'ATTENDED',
      'ATTENDED',
    ]);
    expect(allgaeu.progress).toEqual({
      attendedRequired: 4,
      required: 5,
      percent: 80,
      complete: false,
    });
  });

  it('shows the workshop cycle under way: the kick-off done, the rest published (as of 2025-01-10)', async () => {
    const { pm, fifth } = await seededAsOf('2025-01-10T10:00:00Z');

    const { cohort } = await pm.data(WORKSHOPS, { id: fifth.id });
    expect(cohort.workshops.map((w: any) => [w.kind, w.status, w.sequence])).toEqual([
      ['KICK_OFF', 'COMPLETED', 0],
      ['WIRKUNGSLOGIK', 'PUBLISHED', 0],
      ['WIRKUNGSMESSUNG', 'PUBLISHED', 0],
      ['STORYTELLING', 'PUBLISHED', 0],
      ['TRANSFERWERKSTATT', 'PUBLISHED', 0],
    ]);
    // Not moved yet.
    expect(cohort.workshops[3].days).toEqual([
      { date: '2025-04-09', startTime: '09:30', endTime: '16:00' },
    ]);

    const { attendanceMatrix } = await pm.data(MATRIX, { id: fifth.id });
    // The 20 networks with a place (the late one still waits).
    expect(attendanceMatrix.rows).toHaveLength(20);
    for (const row of attendanceMatrix.rows) {
      expect(row.cells.map((c: any) => c.status)).toEqual([
        'ATTENDED',
        'REGISTERED',
        'REGISTERED',
        'REGISTERED',
        'REGISTERED',
      ]);
      expect(row.progress).toEqual({
        attendedRequired: 1,
        required: 5,
        percent: 20,
        complete: false,
      });
    }

    const anne = await signedInAs('anne.franke@example.org');
    const { myWorkshopCycle } = await anne.data(MY_CYCLE, {});
    expect(myWorkshopCycle).toMatchObject({
      cohort: { number: 5 },
      progress: { attendedRequired: 1, required: 5, percent: 20, complete: false },
      nextWorkshop: { kind: 'WIRKUNGSLOGIK' },
    });
    expect(myWorkshopCycle.steps.map((s: any) => [s.attendance, s.upcoming])).toEqual([
      ['ATTENDED', false],
      ['REGISTERED', true],
      ['REGISTERED', true],
      ['REGISTERED', true],
      ['REGISTERED', true],
    ]);
  });
});
