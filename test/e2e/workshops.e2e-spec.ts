import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { WorkshopChangeHooks } from '@zyklus/workshops';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const TEMPLATE = [
  {
    kind: 'KICK_OFF',
    title: 'Auftaktworkshop',
    durationDays: 2.5,
    defaultFormat: 'IN_PERSON',
    gapDays: 0,
  },
  {
    kind: 'WIRKUNGSLOGIK',
    title: 'Wirkungslogik',
    durationDays: 1,
    defaultFormat: 'ONLINE',
    gapDays: 56,
  },
  {
    kind: 'WIRKUNGSMESSUNG',
    title: 'Wirkungsmessung',
    durationDays: 1,
    defaultFormat: 'ONLINE',
    gapDays: 42,
  },
  {
    kind: 'STORYTELLING',
    title: 'Storytelling',
    durationDays: 1,
    defaultFormat: 'ONLINE',
    gapDays: 42,
  },
  {
    kind: 'TRANSFERWERKSTATT',
    title: 'Transferwerkstatt',
    durationDays: 2,
    defaultFormat: 'IN_PERSON',
    gapDays: 28,
  },
];

const WORKSHOP_FIELDS = `id title kind format status sequence cancellationReason
  days { date startTime endTime startsAt endsAt } place { name address } onlineUrl`;
const SET_TEMPLATE = `mutation ($input: SetCycleTemplateInput!) { setCycleTemplate(input: $input) { id position title } }`;
const PLAN = `mutation ($input: PlanCohortCycleInput!) { planCohortCycle(input: $input) { ${WORKSHOP_FIELDS} } }`;
const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
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

describe('the workshop cycle', () => {
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

  it('plans a cohort’s cycle from the template: drafts with proposed days, gaps kept, no weekends', async () => {
    const { workshops } = await plannedCohort();

    expect(
      workshops.map((w) => [w.title, w.status, w.days.map((d: { date: string }) => d.date)]),
    ).toEqual([
      ['Auftaktworkshop', 'DRAFT', ['2024-11-27', '2024-11-28', '2024-11-29']],
      ['Wirkungslogik', 'DRAFT', ['2025-01-22']],
      ['Wirkungsmessung', 'DRAFT', ['2025-03-05']],
      ['Storytelling', 'DRAFT', ['2025-04-16']],
      ['Transferwerkstatt', 'DRAFT', ['2025-05-14', '2025-05-15']],
    ]);
    // 2.5 days: three days, the last one a half day; times in Berlin, winter time.
    expect(workshops[0]!.days[2]).toEqual({
      date: '2024-11-29',
      startTime: '09:00',
      endTime: '13:00',
      startsAt: '2024-11-29T08:00:00.000Z',
      endsAt: '2024-11-29T12:00:00.000Z',
    });
    // In May it is summer time: 09:00 in Berlin is 07:00 UTC.
    expect(workshops[4]!.days[0].startsAt).toBe('2025-05-14T07:00:00.000Z');
  });

  it('plans steps on weekdays after the previous step’s last day, so the plan can be published as it is', async () => {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const step = (title: string, durationDays: number, gapDays: number) => ({
      kind: 'OTHER',
      title,
      durationDays,
      defaultFormat: 'ONLINE',
      gapDays,
    });
    await pm.data(SET_TEMPLATE, {
      input: {
        programmeId: programme.id,
        steps: [step('Auftakt', 2.5, 0), step('Nachbereitung', 1, 1), step('Intensivwoche', 7, 1)],
      },
    });
    const { planCohortCycle } = await pm.data(PLAN, {
      input: { cohortId: cohort.id, startDate: '2024-11-27' },
    });
    expect(
      planCohortCycle.map((w: { days: { date: string }[] }) => w.days.map((d) => d.date)),
    ).toEqual([
      ['2024-11-27', '2024-11-28', '2024-11-29'],
      // One day after the kick-off's first day would be inside it: the Monday after.
      ['2024-12-02'],
      // Seven days from a Monday, the weekend left out.
      [
        '2024-12-09',
        '2024-12-10',
        '2024-12-11',
        '2024-12-12',
        '2024-12-13',
        '2024-12-16',
        '2024-12-17',
      ],
    ]);
    for (const w of planCohortCycle as { id: string }[]) {
      await pm.data(UPDATE, { input: { id: w.id, onlineUrl: 'https://meet.example.org/plan' } });
      expect((await pm.data(PUBLISH, { id: w.id })).publishWorkshop.status).toBe('PUBLISHED');
    }
  });

  it('never duplicates workshops when planning again, and adds only steps that are new', async () => {
    const { programme, cohort, workshops } = await plannedCohort();
    const steps = (
      await pm.data('query ($id: ID!) { programme(id: $id) { cycleTemplate { id } } }', {
        id: programme.id,
      })
    ).programme.cycleTemplate as { id: string }[];
    await pm.data(SET_TEMPLATE, {
      input: {
        programmeId: programme.id,
        steps: [
          ...TEMPLATE.map((step, i) => ({ ...step, id: steps[i]!.id })),
          {
            kind: 'OTHER',
            title: 'Abschlussgespräch',
            durationDays: 0.5,
            defaultFormat: 'ONLINE',
            gapDays: 14,
          },
        ],
      },
    });

    const again = await pm.data(PLAN, { input: { cohortId: cohort.id, startDate: '2025-02-03' } });
    expect(again.planCohortCycle.map((w: { id: string }) => w.id).slice(0, 5)).toEqual(
      workshops.map((w) => w.id),
    );
    expect(again.planCohortCycle[5]).toMatchObject({
      title: 'Abschlussgespräch',
      // 14 days after the Transferwerkstatt's first day, a half day from 09:00.
      days: [{ date: '2025-05-28', startTime: '09:00', endTime: '13:00' }],
    });
    const { cohort: read } = await pm.data(
      'query ($id: ID!) { cohort(id: $id) { workshops { id } } }',
      {
        id: cohort.id,
      },
    );
    expect(read.workshops).toHaveLength(6);
  });

  it('publishes only with a place or link as the format needs, and registers the active networks', async () => {
    const { cohort, workshops } = await plannedCohort();
    const active = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    await t.given.coordinatorIn(cohort, ParticipationStatus.WAITLISTED);
    const [kickOff, logik] = workshops as [Record<string, any>, Record<string, any>];

    const noPlace = await pm.gql(PUBLISH, { id: kickOff.id });
    expect(noPlace.errors?.[0]).toMatchObject({
      message: 'Ein Präsenz- oder Hybrid-Workshop braucht vor der Veröffentlichung einen Ort.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'place' }] },
    });
    const noLink = await pm.gql(PUBLISH, { id: logik.id });
    expect(noLink.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'onlineUrl' }],
    });
    const unchanged = await pm.data('query ($id: ID!) { workshop(id: $id) { status } }', {
      id: logik.id,
    });
    expect(unchanged.workshop.status).toBe('DRAFT');

    await pm.data(UPDATE, {
      input: {
        id: kickOff.id,
        place: { name: 'Umweltforum Berlin', address: 'Pufendorfstraße 11, 10249 Berlin' },
      },
    });
    const { publishWorkshop } = await pm.data(PUBLISH, { id: kickOff.id });
    expect(publishWorkshop).toMatchObject({
      status: 'PUBLISHED',
      sequence: 0,
      place: { name: 'Umweltforum Berlin' },
      attendance: [{ participationId: active.participation.id, status: 'REGISTERED' }],
    });

    const coordinator = await t.as(active.person);
    const { cohort: seen } = await coordinator.data(
      'query ($id: ID!) { cohort(id: $id) { workshops { title status } } }',
      { id: cohort.id },
    );
    expect(seen.workshops).toEqual([{ title: 'Auftaktworkshop', status: 'PUBLISHED' }]);
  });

  it('publishes a hybrid workshop only with both a place and a link', async () => {
    const { cohort } = await plannedCohort();
    const hybrid = async (extra: Record<string, unknown>) =>
      (
        await pm.data(CREATE, {
          input: {
            cohortId: cohort.id,
            kind: 'OTHER',
            title: 'Netzwerktreffen',
            format: 'HYBRID',
            days: [{ date: '2025-02-12', startTime: '10:00', endTime: '16:00' }],
            ...extra,
          },
        })
      ).createWorkshop.id as string;

    const linkOnly = await pm.gql(PUBLISH, {
      id: await hybrid({ onlineUrl: 'https://meet.example.org/treffen' }),
    });
    expect(linkOnly.errors?.[0]).toMatchObject({
      message: 'Ein Präsenz- oder Hybrid-Workshop braucht vor der Veröffentlichung einen Ort.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'place' }] },
    });
    const placeOnly = await pm.gql(PUBLISH, {
      id: await hybrid({ place: { name: 'KörberForum' } }),
    });
    expect(placeOnly.errors?.[0]).toMatchObject({
      message: 'Ein Online- oder Hybrid-Workshop braucht vor der Veröffentlichung einen Link.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'onlineUrl' }] },
    });
    const both = await pm.data(PUBLISH, {
      id: await hybrid({
        place: { name: 'KörberForum' },
        onlineUrl: 'https://meet.example.org/treffen',
      }),
    });
    expect(both.publishWorkshop).toMatchObject({
      status: 'PUBLISHED',
      format: 'HYBRID',
      place: { name: 'KörberForum' },
      onlineUrl: 'https://meet.example.org/treffen',
    });
  });

  it('refuses to publish a workshop that overlaps another published one, naming the days', async () => {
    const { cohort, workshops } = await plannedCohort();
    const logik = workshops[1]!;
    await pm.data(UPDATE, { input: { id: logik.id, onlineUrl: 'https://meet.example.org/l' } });
    await pm.data(PUBLISH, { id: logik.id });
    const { createWorkshop } = await pm.data(CREATE, {
      input: {
        cohortId: cohort.id,
        kind: 'OTHER',
        title: 'Sprechstunde',
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/sprechstunde',
        days: [{ date: '2025-01-22', startTime: '16:00', endTime: '18:00' }],
      },
    });

    const clash = await pm.gql(PUBLISH, { id: createWorkshop.id });
    expect(clash.errors?.[0]).toMatchObject({
      message:
        'Überschneidet sich am 22.01.2025 mit dem veröffentlichten Workshop „Wirkungslogik“.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'days' }] },
    });
    const { workshop } = await pm.data(CHANGES, { id: createWorkshop.id });
    expect(workshop).toEqual({ sequence: 0, changes: [] });
    const { workshop: status } = await pm.data(
      'query ($id: ID!) { workshop(id: $id) { status } }',
      { id: createWorkshop.id },
    );
    expect(status.status).toBe('DRAFT');
  });

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
