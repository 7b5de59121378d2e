import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { WorkshopChangeHooks } from '@zyklus/workshops';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { PLAN, SET_TEMPLATE, TEMPLATE, WORKSHOP_FIELDS } from '../support/workshop-documents';

const UPDATE = `mutation ($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { ${WORKSHOP_FIELDS} attendance { participationId status } } }`;
const RESCHEDULE = `mutation ($input: RescheduleWorkshopInput!) { rescheduleWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
const CANCEL = `mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { participationId status } }`;
const CHANGES = `query ($id: ID!) { workshop(id: $id) { sequence changes { kind sequence reason } } }`;
const CYCLE = `query ($cohortId: ID) {
  myWorkshopCycle(cohortId: $cohortId) {
    participation { network { name } }
    steps { attendance required upcoming workshop { title status } }
    progress { attendedRequired required percent complete }
    nextWorkshop { title days { date } }
  }
}`;

describe('the workshop cycle: changes, cancellations and attendance', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2024-11-04T09:00:00Z'));
  afterAll(() => t.close());

  /** A running cohort 5 with the programme's template and its cycle planned as drafts. */
  async function plannedCohort() {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    await pm.data(SET_TEMPLATE, { input: { programmeId: programme.id, steps: TEMPLATE } });
    const { planCohortCycle } = await pm.data(PLAN, {
      input: { cohortId: cohort.id, startDate: '2024-11-27' },
    });
    return { programme, cohort, workshops: planCohortCycle as Record<string, any>[] };
  }

  it('reschedules with a record of the old days, raising the sequence of a published workshop', async () => {
    const { workshops } = await plannedCohort();
    const logik = workshops[1]!;
    await pm.data(UPDATE, {
      input: { id: logik.id, onlineUrl: 'https://meet.example.org/wirkungslogik' },
    });
    await pm.data(PUBLISH, { id: logik.id });

    const { rescheduleWorkshop } = await pm.data(RESCHEDULE, {
      input: { id: logik.id, days: [{ date: '2025-01-29', startTime: '10:00', endTime: '15:00' }] },
    });
    expect(rescheduleWorkshop).toMatchObject({
      status: 'PUBLISHED',
      sequence: 1,
      days: [{ date: '2025-01-29', startTime: '10:00', endTime: '15:00' }],
    });
    const { workshop } = await pm.data(CHANGES, { id: logik.id });
    expect(workshop.changes).toEqual([
      { kind: 'PUBLISHED', sequence: 0, reason: null },
      { kind: 'RESCHEDULED', sequence: 1, reason: null },
    ]);
  });

  it('raises the sequence only for changes of an announced workshop, not while it is a draft', async () => {
    const { workshops } = await plannedCohort();
    const [, logik, messung] = workshops;

    const { rescheduleWorkshop } = await pm.data(RESCHEDULE, {
      input: {
        id: logik!.id,
        days: [{ date: '2025-01-29', startTime: '10:00', endTime: '15:00' }],
      },
    });
    expect(rescheduleWorkshop.sequence).toBe(0);
    const { cancelWorkshop } = await pm.data(CANCEL, {
      input: { id: messung!.id, reason: 'Doch nicht nötig' },
    });
    expect(cancelWorkshop).toMatchObject({ status: 'CANCELLED', sequence: 0 });

    // Published, it was announced: the next change raises the sequence, so calendars update.
    await pm.data(UPDATE, { input: { id: logik!.id, onlineUrl: 'https://meet.example.org/l' } });
    await pm.data(PUBLISH, { id: logik!.id });
    const { cancelWorkshop: called } = await pm.data(CANCEL, {
      input: { id: logik!.id, reason: 'Referentin erkrankt' },
    });
    expect(called.sequence).toBe(1);
    const { workshop } = await pm.data(CHANGES, { id: logik!.id });
    expect(workshop.changes).toEqual([
      { kind: 'RESCHEDULED', sequence: 0, reason: null },
      { kind: 'PUBLISHED', sequence: 0, reason: null },
      { kind: 'CANCELLED', sequence: 1, reason: 'Referentin erkrankt' },
    ]);
  });

  it('refuses bad days, naming the field, and overlapping published workshops; nothing changes', async () => {
    const { workshops } = await plannedCohort();
    const [, logik, messung] = workshops;
    for (const w of [logik!, messung!]) {
      await pm.data(UPDATE, { input: { id: w.id, onlineUrl: 'https://meet.example.org/x' } });
    }
    await pm.data(PUBLISH, { id: logik!.id });
    await pm.data(PUBLISH, { id: messung!.id });

    const backwards = await pm.gql(RESCHEDULE, {
      input: {
        id: messung!.id,
        days: [{ date: '2025-03-05', startTime: '15:00', endTime: '09:00' }],
      },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'days.0.endTime' }],
    });
    const none = await pm.gql(RESCHEDULE, { input: { id: messung!.id, days: [] } });
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'days' }],
    });
    const unordered = await pm.gql(RESCHEDULE, {
      input: {
        id: messung!.id,
        days: [
          { date: '2025-03-06', startTime: '09:00', endTime: '17:00' },
          { date: '2025-03-05', startTime: '09:00', endTime: '17:00' },
        ],
      },
    });
    expect(unordered.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'days.1.date' }] });
    const clash = await pm.gql(RESCHEDULE, {
      input: {
        id: messung!.id,
        days: [{ date: '2025-01-22', startTime: '13:00', endTime: '16:00' }],
      },
    });
    expect(clash.errors?.[0]).toMatchObject({
      message:
        'Überschneidet sich am 22.01.2025 mit dem veröffentlichten Workshop „Wirkungslogik“.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'days' }] },
    });

    const { workshop } = await pm.data(
      'query ($id: ID!) { workshop(id: $id) { sequence days { date startTime } } }',
      { id: messung!.id },
    );
    expect(workshop).toEqual({ sequence: 0, days: [{ date: '2025-03-05', startTime: '09:00' }] });
  });

  it('cancels with a reason; a cancelled workshop cannot be rescheduled or published', async () => {
    const { workshops } = await plannedCohort();
    const storytelling = workshops[3]!;
    const { cancelWorkshop } = await pm.data(CANCEL, {
      input: { id: storytelling.id, reason: 'Referentin erkrankt' },
    });
    expect(cancelWorkshop).toMatchObject({
      status: 'CANCELLED',
      cancellationReason: 'Referentin erkrankt',
    });

    const moved = await pm.gql(RESCHEDULE, {
      input: {
        id: storytelling.id,
        days: [{ date: '2025-04-23', startTime: '09:00', endTime: '17:00' }],
      },
    });
    expect(moved.errors?.[0]).toMatchObject({
      message: 'Der Workshop ist abgesagt und kann nicht verschoben werden.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'id', message: 'Status: abgesagt.' }] },
    });
    const published = await pm.gql(PUBLISH, { id: storytelling.id });
    expect(published.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const noReason = await pm.gql(CANCEL, { input: { id: workshops[4]!.id, reason: ' ' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'reason' }] });
  });

  it('records attendance in bulk, all or nothing, and shows each coordinator their cycle and progress', async () => {
    const { cohort, workshops } = await plannedCohort();
    const anna = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    const ben = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    const stranger = await t.given.coordinatorIn(
      await t.given.cohort(),
      ParticipationStatus.ACTIVE,
    );
    for (const w of workshops) {
      await pm.data(UPDATE, {
        input: { id: w.id, onlineUrl: 'https://meet.example.org/q5', place: { name: 'Hamburg' } },
      });
      await pm.data(PUBLISH, { id: w.id });
    }
    const [kickOff, logik] = workshops;

    const mixed = await pm.gql(RECORD, {
      input: {
        workshopId: kickOff!.id,
        entries: [
          { participationId: anna.participation.id, status: 'ATTENDED' },
          { participationId: stranger.participation.id, status: 'ATTENDED' },
        ],
      },
    });
    expect(mixed.errors?.[0]).toMatchObject({
      message: 'Dieses Netzwerk nimmt nicht am Durchgang dieses Workshops teil.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'entries.1.participationId' }] },
    });

    await pm.data(RECORD, {
      input: {
        workshopId: kickOff!.id,
        entries: [
          { participationId: anna.participation.id, status: 'ATTENDED' },
          { participationId: ben.participation.id, status: 'EXCUSED' },
        ],
      },
    });
    await pm.data(RECORD, {
      input: {
        workshopId: logik!.id,
        entries: [{ participationId: anna.participation.id, status: 'ATTENDED' }],
      },
    });
    t.clock.set('2025-02-10T09:00:00Z');

    const { myWorkshopCycle } = await (await t.as(anna.person)).data(CYCLE);
    expect(myWorkshopCycle.participation.network.name).toBe(anna.network.name);
    expect(
      myWorkshopCycle.steps.map((s: { attendance: string; upcoming: boolean }) => [
        s.attendance,
        s.upcoming,
      ]),
    ).toEqual([
      ['ATTENDED', false],
      ['ATTENDED', false],
      ['REGISTERED', true],
      ['REGISTERED', true],
      ['REGISTERED', true],
    ]);
    expect(myWorkshopCycle.progress).toEqual({
      attendedRequired: 2,
      required: 5,
      percent: 40,
      complete: false,
    });
    expect(myWorkshopCycle.nextWorkshop).toEqual({
      title: 'Wirkungsmessung',
      days: [{ date: '2025-03-05' }],
    });

    const { workshopCycle } = await pm.data(
      'query ($id: ID!) { workshopCycle(participationId: $id) { progress { attendedRequired } steps { attendance } } }',
      { id: ben.participation.id },
    );
    expect(workshopCycle.progress.attendedRequired).toBe(0);
    expect(workshopCycle.steps[0].attendance).toBe('EXCUSED');
  });

  it('lets a listener of workshop changes veto a change: it is rolled back as a whole', async () => {
    const { workshops } = await plannedCohort();
    const logik = workshops[1]!;
    await pm.data(UPDATE, { input: { id: logik.id, onlineUrl: 'https://meet.example.org/veto' } });
    const seen: string[] = [];
    const unregister = t.app.get(WorkshopChangeHooks).register(({ changes }) => {
      seen.push(...changes.map(({ change, workshop }) => `${change.kind}:${workshop.title}`));
      return changes.some(({ workshop }) => workshop.id === logik.id)
        ? Promise.reject(new Error('reminders could not be planned'))
        : Promise.resolve();
    });
    try {
      const answer = await pm.gql(PUBLISH, { id: logik.id });
      expect(answer.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(seen).toEqual(['PUBLISHED:Wirkungslogik']);
      const { workshop } = await pm.data(CHANGES, { id: logik.id });
      expect(workshop.changes).toEqual([]);
      const { workshop: status } = await pm.data(
        'query ($id: ID!) { workshop(id: $id) { status } }',
        { id: logik.id },
      );
      expect(status.status).toBe('DRAFT');
    } finally {
      unregister();
    }

    // Removed, the listener neither vetoes nor hears of later changes.
    expect((await pm.data(PUBLISH, { id: logik.id })).publishWorkshop.status).toBe('PUBLISHED');
    expect(seen).toEqual(['PUBLISHED:Wirkungslogik']);
  });
});
