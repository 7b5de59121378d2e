import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const step = (kind: string, title: string, gapDays: number) => ({
  kind,
  title,
  durationDays: 1,
  defaultFormat: 'ONLINE',
  gapDays,
});
const TEMPLATE = [
  step('KICK_OFF', 'Auftaktworkshop', 0),
  step('WIRKUNGSLOGIK', 'Wirkungslogik', 42),
  step('WIRKUNGSMESSUNG', 'Wirkungsmessung', 42),
  step('STORYTELLING', 'Storytelling', 42),
  step('TRANSFERWERKSTATT', 'Transferwerkstatt', 28),
];

const SET_TEMPLATE = `mutation ($input: SetCycleTemplateInput!) { setCycleTemplate(input: $input) { id } }`;
const PLAN = `mutation ($input: PlanCohortCycleInput!) { planCohortCycle(input: $input) { id title } }`;
const UPDATE = `mutation ($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const RECORD = `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`;
const CYCLE = `{
  myWorkshopCycle {
    steps { kind title scheduled attendance required upcoming workshop { title days { date } } }
    progress { attendedRequired required unscheduled percent complete }
    nextWorkshop { title }
  }
}`;
const MATRIX = `query ($id: ID!) {
  attendanceMatrix(cohortId: $id) { workshops { title } rows { progress { attendedRequired required unscheduled percent } } }
}`;

describe('progress through the cycle tells the truth', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  afterAll(() => t.close());

  it('counts every required step: five steps, two published, one attended is "1 of 5" with three not yet scheduled, not 50 %', async () => {
    t.clock.set('2024-11-04T09:00:00Z');
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    await pm.data(SET_TEMPLATE, { input: { programmeId: programme.id, steps: TEMPLATE } });
    const { planCohortCycle: workshops } = await pm.data(PLAN, {
      input: { cohortId: cohort.id, startDate: '2024-11-27' },
    });
    const anna = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    for (const workshop of workshops.slice(0, 2)) {
      await pm.data(UPDATE, {
        input: { id: workshop.id, onlineUrl: 'https://meet.example.org/mint' },
      });
      await pm.data(PUBLISH, { id: workshop.id });
    }
    await pm.data(RECORD, {
      input: {
        workshopId: workshops[0].id,
        entries: [{ participationId: anna.participation.id, status: 'ATTENDED' }],
      },
    });
    t.clock.set('2024-12-02T09:00:00Z');

    const { myWorkshopCycle } = await (await t.as(anna.person)).data(CYCLE);
    expect(myWorkshopCycle.progress).toEqual({
      attendedRequired: 1,
      required: 5,
      unscheduled: 3,
      percent: 20,
      complete: false,
    });
    // The steps not yet scheduled are shown as such: kind and title, no workshop, no days.
    expect(
      myWorkshopCycle.steps.map((s: any) => [
        s.title,
        s.scheduled,
        s.attendance,
        s.required,
        s.upcoming,
        s.workshop?.title ?? null,
      ]),
    ).toEqual([
      ['Auftaktworkshop', true, 'ATTENDED', true, false, 'Auftaktworkshop'],
      ['Wirkungslogik', true, 'REGISTERED', true, true, 'Wirkungslogik'],
      ['Wirkungsmessung', false, null, true, true, null],
      ['Storytelling', false, null, true, true, null],
      ['Transferwerkstatt', false, null, true, true, null],
    ]);
    expect(myWorkshopCycle.nextWorkshop).toEqual({ title: 'Wirkungslogik' });

    // The program manager's matrix counts the same way: two columns, "1 of 5".
    const { attendanceMatrix } = await pm.data(MATRIX, { id: cohort.id });
    expect(attendanceMatrix.workshops).toHaveLength(2);
    expect(attendanceMatrix.rows).toEqual([
      { progress: { attendedRequired: 1, required: 5, unscheduled: 3, percent: 20 } },
    ]);
  });
});
