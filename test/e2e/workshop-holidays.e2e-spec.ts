import { CohortStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const SET_TEMPLATE = `mutation ($input: SetCycleTemplateInput!) { setCycleTemplate(input: $input) { id } }`;
const FIELDS = `id title bundesland days { date } holidays { date name nameEn } warnings`;
const PLAN = `mutation ($input: PlanCohortCycleInput!) { planCohortCycle(input: $input) { ${FIELDS} } }`;
const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { ${FIELDS} } }`;
const RESCHEDULE = `mutation ($input: RescheduleWorkshopInput!) { rescheduleWorkshop(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { ${FIELDS} } }`;

const step = (title: string, durationDays: number, gapDays: number) => ({
  kind: 'OTHER',
  title,
  durationDays,
  defaultFormat: 'IN_PERSON',
  gapDays,
});

describe('holiday-aware planning of the cohort cycle', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2025-04-01T09:00:00Z'));
  afterAll(() => t.close());

  async function cohort() {
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2025-04-01',
      endDate: '2026-03-31',
      status: CohortStatus.RUNNING,
    });
    await pm.data(SET_TEMPLATE, {
      input: {
        programmeId: programme.id,
        steps: [step('Auftakt', 2, 0), step('Vertiefung', 1, 58), step('Transfer', 1, 120)],
      },
    });
    return cohort;
  }

  it('proposes no day on a weekend or a public holiday of the Bundesland where the cohort meets', async () => {
    const inBavaria = await cohort();
    const { planCohortCycle: bavaria } = await pm.data(PLAN, {
      input: { cohortId: inBavaria.id, startDate: '2025-04-17', bundesland: 'BAYERN' },
    });
    // 17 April is Maundy Thursday: Good Friday and Easter Monday are holidays, so the two days
    // go to Tuesday and Wednesday after Easter; 58 days after 22 April is Thursday 19 June,
    // Fronleichnam in Bayern, so Friday; 120 days after that is a Saturday, so Monday.
    expect(
      bavaria.map((w: any) => [w.title, w.bundesland, w.days.map((d: any) => d.date)]),
    ).toEqual([
      ['Auftakt', 'BAYERN', ['2025-04-22', '2025-04-23']],
      ['Vertiefung', 'BAYERN', ['2025-06-20']],
      ['Transfer', 'BAYERN', ['2025-10-20']],
    ]);
    expect(bavaria.flatMap((w: any) => w.holidays)).toEqual([]);

    // The same plan in Berlin keeps Thursday 19 June, an ordinary day there.
    const inBerlin = await cohort();
    const { planCohortCycle: berlin } = await pm.data(PLAN, {
      input: { cohortId: inBerlin.id, startDate: '2025-04-17', bundesland: 'BERLIN' },
    });
    expect(berlin.map((w: any) => w.days[0].date)).toEqual([
      '2025-04-22',
      '2025-06-19',
      '2025-10-17',
    ]);
  });

  it('keeps a day a person picks on a holiday and names the holiday in a warning', async () => {
    const c = await cohort();
    const { createWorkshop } = await pm.data(CREATE, {
      input: {
        cohortId: c.id,
        kind: 'OTHER',
        title: 'Netzwerktreffen',
        format: 'IN_PERSON',
        place: { name: 'Rathaus Landshut' },
        bundesland: 'BAYERN',
        days: [{ date: '2025-06-19', startTime: '10:00', endTime: '15:00' }],
      },
    });
    expect(createWorkshop.days).toEqual([{ date: '2025-06-19' }]);
    expect(createWorkshop.holidays).toEqual([
      { date: '2025-06-19', name: 'Fronleichnam', nameEn: 'Corpus Christi' },
    ]);
    expect(createWorkshop.warnings).toContain(
      'Der Tag 2025-06-19 ist ein Feiertag (Fronleichnam).',
    );

    const { rescheduleWorkshop } = await pm.data(RESCHEDULE, {
      input: {
        id: createWorkshop.id,
        days: [
          { date: '2025-10-02', startTime: '10:00', endTime: '15:00' },
          { date: '2025-10-03', startTime: '10:00', endTime: '15:00' },
        ],
      },
    });
    expect(rescheduleWorkshop.holidays).toEqual([
      { date: '2025-10-03', name: 'Tag der Deutschen Einheit', nameEn: 'National Holiday' },
    ]);

    // Without a Bundesland there is nothing to check against.
    const { updateWorkshop } = await pm.data(UPDATE, {
      input: { id: createWorkshop.id, bundesland: null },
    });
    expect(updateWorkshop.bundesland).toBeNull();
    expect(updateWorkshop.holidays).toEqual([]);
  });
});
