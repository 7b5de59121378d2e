import { GraphQLClient } from '../../support/graphql-client';
import { TestApp } from '../../support/test-app';
import { cohortWithTemplate, coordinator, problem, Q } from './local-cycle-scenario';

describe('running a local cycle: bulk enrolment, attendance matrix, phases, completion', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2025-05-20T09:00:00Z'));
  afterAll(() => t.close());

  /** A coordinator with a planned cycle, three initiatives and the first two workshops published. */
  async function runningCycle() {
    const { cohort } = await cohortWithTemplate(t, pm);
    const c = await coordinator(t, cohort);
    const ids: string[] = [];
    for (const name of ['Schülerlabor Ostalb', 'Robotik-AG Gymnasium', 'Sternwarte Aalen']) {
      const { addInitiative } = await c.client.data(Q.addInitiative, {
        input: { networkId: c.network.id, name, kind: 'VEREIN', city: 'Aalen' },
      });
      ids.push(addInitiative.id);
    }
    const { planLocalCycle: cycle } = await c.client.data(Q.plan, {
      input: { participationId: c.participation.id, startDate: '2025-06-02' },
    });
    const [info, intro] = cycle.workshops;
    await c.client.data(Q.updateWorkshop, {
      input: { id: info.id, onlineUrl: 'https://meet.example.org/info' },
    });
    await c.client.data(Q.updateWorkshop, {
      input: { id: intro.id, place: { name: 'Rathaus Aalen' } },
    });
    await c.client.data(Q.publish, { id: info.id });
    await c.client.data(Q.publish, { id: intro.id });
    return { ...c, cohort, cycle, ids, info, intro };
  }

  it('enrols initiatives in bulk, all or none', async () => {
    const c = await runningCycle();
    const other = await coordinator(t, c.cohort);
    const { addInitiative: foreign } = await other.client.data(Q.addInitiative, {
      input: { networkId: other.network.id, name: 'Fremde AG', kind: 'SCHUL_AG', city: 'Ulm' },
    });
    const mixed = await c.client.gql(Q.enrol, {
      input: { localCycleId: c.cycle.id, initiativeIds: [c.ids[0], foreign.id] },
    });
    expect(problem(mixed)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INITIATIVE_OF_OTHER_NETWORK',
      field: 'initiativeIds.1',
    });
    expect((await c.client.data(Q.cycle, { id: c.cycle.id })).localCycle.enrolments).toEqual([]);

    const { enrolInitiatives } = await c.client.data(Q.enrol, {
      input: { localCycleId: c.cycle.id, initiativeIds: c.ids },
    });
    expect(
      enrolInitiatives.enrolments.map((e: any) => [e.initiative.name, e.status, e.phase]),
    ).toEqual([
      ['Robotik-AG Gymnasium', 'ENROLLED', 'NOT_STARTED'],
      ['Schülerlabor Ostalb', 'ENROLLED', 'NOT_STARTED'],
      ['Sternwarte Aalen', 'ENROLLED', 'NOT_STARTED'],
    ]);
    // Enrolling again keeps what is there.
    const { enrolInitiatives: again } = await c.client.data(Q.enrol, {
      input: { localCycleId: c.cycle.id, initiativeIds: c.ids.slice(0, 1) },
    });
    expect(again.enrolments).toHaveLength(3);
  });

  it('saves the attendance matrix in one go, refusing cells of initiatives not enrolled', async () => {
    const c = await runningCycle();
    await c.client.data(Q.enrol, {
      input: { localCycleId: c.cycle.id, initiativeIds: c.ids.slice(0, 2) },
    });
    const cells = [
      { localWorkshopId: c.info.id, initiativeId: c.ids[0], status: 'ATTENDED', headCount: 3 },
      { localWorkshopId: c.info.id, initiativeId: c.ids[1], status: 'EXCUSED' },
      { localWorkshopId: c.intro.id, initiativeId: c.ids[0], status: 'NO_SHOW' },
    ];
    const notEnrolled = await c.client.gql(Q.attendance, {
      input: {
        localCycleId: c.cycle.id,
        cells: [
          ...cells,
          { localWorkshopId: c.intro.id, initiativeId: c.ids[2], status: 'ATTENDED' },
        ],
      },
    });
    expect(problem(notEnrolled)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_ENROLLED',
      field: 'cells.3.initiativeId',
    });
    expect((await c.client.data(Q.cycle, { id: c.cycle.id })).localCycle.attendance).toEqual([]);

    const draft = c.cycle.workshops[2];
    const onDraft = await c.client.gql(Q.attendance, {
      input: {
        localCycleId: c.cycle.id,
        cells: [{ localWorkshopId: draft.id, initiativeId: c.ids[0], status: 'ATTENDED' }],
      },
    });
    expect(problem(onDraft)).toMatchObject({
      reason: 'WORKSHOP_NOT_PUBLISHED',
      field: 'cells.0.localWorkshopId',
    });

    const { saveLocalAttendance } = await c.client.data(Q.attendance, {
      input: { localCycleId: c.cycle.id, cells },
    });
    const matrix = (cycle: any) =>
      cycle.attendance
        .map(
          (a: any) =>
            `${a.localWorkshopId === c.info.id ? 'info' : 'intro'}/${c.ids.indexOf(a.initiativeId)}/${a.status}/${a.headCount ?? '-'}`,
        )
        .sort();
    expect(matrix(saveLocalAttendance)).toEqual([
      'info/0/ATTENDED/3',
      'info/1/EXCUSED/-',
      'intro/0/NO_SHOW/-',
    ]);
    // Corrections in one go: one cell changed, one cleared.
    const { saveLocalAttendance: corrected } = await c.client.data(Q.attendance, {
      input: {
        localCycleId: c.cycle.id,
        cells: [
          { localWorkshopId: c.intro.id, initiativeId: c.ids[0], status: 'ATTENDED', headCount: 2 },
          { localWorkshopId: c.info.id, initiativeId: c.ids[1], status: null },
        ],
      },
    });
    expect(matrix(corrected)).toEqual(['info/0/ATTENDED/3', 'intro/0/ATTENDED/2']);
  });

  it('records phase changes with who and when; going back needs a reason', async () => {
    const c = await runningCycle();
    const { enrolInitiatives } = await c.client.data(Q.enrol, {
      input: { localCycleId: c.cycle.id, initiativeIds: [c.ids[0]] },
    });
    const enrolmentId = enrolInitiatives.enrolments[0].id;
    await c.client.data(Q.phase, { input: { enrolmentId, phase: 'PREPARING' } });
    t.clock.set('2025-05-20T10:00:00Z');
    await c.client.data(Q.phase, { input: { enrolmentId, phase: 'REFLECTED' } });

    const back = await c.client.gql(Q.phase, {
      input: { enrolmentId, phase: 'SELF_ANALYSIS_DONE' },
    });
    expect(problem(back)).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'REASON_REQUIRED',
      field: 'reason',
    });

    const { changeSelfAnalysisPhase } = await c.client.data(Q.phase, {
      input: { enrolmentId, phase: 'SELF_ANALYSIS_DONE', reason: 'Selbstanalyse unvollständig' },
    });
    const enrolment = changeSelfAnalysisPhase.enrolments[0];
    expect(enrolment.phase).toBe('SELF_ANALYSIS_DONE');
    expect(enrolment.phaseHistory).toEqual([
      { fromPhase: 'NOT_STARTED', toPhase: 'PREPARING', changedBy: c.person.name, reason: null },
      { fromPhase: 'PREPARING', toPhase: 'REFLECTED', changedBy: c.person.name, reason: null },
      {
        fromPhase: 'REFLECTED',
        toPhase: 'SELF_ANALYSIS_DONE',
        changedBy: c.person.name,
        reason: 'Selbstanalyse unvollständig',
      },
    ]);
  });

  it('makes a completed cycle read-only until a program manager reopens it', async () => {
    const c = await runningCycle();
    const { enrolInitiatives } = await c.client.data(Q.enrol, {
      input: { localCycleId: c.cycle.id, initiativeIds: [c.ids[0]] },
    });
    const enrolmentId = enrolInitiatives.enrolments[0].id;
    const { changeLocalCycleStatus } = await c.client.data(Q.status, {
      input: { id: c.cycle.id, status: 'COMPLETED' },
    });
    expect(changeLocalCycleStatus).toMatchObject({ status: 'COMPLETED', readOnly: true });

    const attempts = [
      await c.client.gql(Q.phase, { input: { enrolmentId, phase: 'PREPARING' } }),
      await c.client.gql(Q.enrol, {
        input: { localCycleId: c.cycle.id, initiativeIds: [c.ids[1]] },
      }),
      await c.client.gql(Q.attendance, {
        input: {
          localCycleId: c.cycle.id,
          cells: [{ localWorkshopId: c.info.id, initiativeId: c.ids[0], status: 'ATTENDED' }],
        },
      }),
      await c.client.gql(Q.held, { id: c.info.id }),
      await c.client.gql(Q.reschedule, {
        input: {
          id: c.intro.id,
          days: [{ date: '2025-07-01', startTime: '10:00', endTime: '12:00' }],
        },
      }),
      await c.client.gql(Q.plan, {
        input: { participationId: c.participation.id, startDate: '2025-07-01' },
      }),
      await c.client.gql(Q.status, { input: { id: c.cycle.id, status: 'CANCELLED' } }),
      await pm.gql(Q.phase, { input: { enrolmentId, phase: 'PREPARING' } }),
    ];
    for (const answer of attempts) {
      expect(problem(answer)).toMatchObject({ code: 'CONFLICT', reason: 'CYCLE_COMPLETED' });
    }
    // Nothing changed.
    const { localCycle } = await c.client.data(Q.cycle, { id: c.cycle.id });
    expect(localCycle.enrolments.map((e: any) => e.phase)).toEqual(['NOT_STARTED']);
    expect(localCycle.attendance).toEqual([]);

    // Only a program manager reopens, with a reason; then work goes on.
    const byCoordinator = await c.client.gql(Q.reopen, {
      input: { id: c.cycle.id, reason: 'Nachtrag' },
    });
    expect(problem(byCoordinator)).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PROGRAM_MANAGER_ONLY',
    });
    const { reopenLocalCycle } = await pm.data(Q.reopen, {
      input: { id: c.cycle.id, reason: 'Beratungsgespräch nachgetragen' },
    });
    expect(reopenLocalCycle).toMatchObject({
      status: 'RUNNING',
      readOnly: false,
      reopenReason: 'Beratungsgespräch nachgetragen',
    });
    await c.client.data(Q.phase, { input: { enrolmentId, phase: 'PREPARING' } });
  });
});
