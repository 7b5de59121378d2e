import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { PLAN, SET_TEMPLATE, TEMPLATE, WORKSHOP_FIELDS } from '../support/workshop-documents';

const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const UPDATE = `mutation ($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { ${WORKSHOP_FIELDS} } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { ${WORKSHOP_FIELDS} attendance { participationId status } } }`;
const CHANGES = `query ($id: ID!) { workshop(id: $id) { sequence changes { kind sequence reason } } }`;

describe('the workshop cycle: planning and publishing', () => {
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
});
