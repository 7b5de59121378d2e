import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const SET_TEMPLATE = `mutation ($input: SetCycleTemplateInput!) {
  setCycleTemplate(input: $input) { id position title }
}`;
const TEMPLATE_OF = `query ($id: ID!) { programme(id: $id) { cycleTemplate { id position title } } }`;
const CREATE_WORKSHOP = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const COMPLETE = `mutation ($id: ID!) { completeWorkshop(id: $id) { id status } }`;
const UPDATE_COHORT = `mutation ($input: UpdateCohortInput!) { updateCohort(input: $input) { capacity } }`;
const CHANGE_STATUS = `mutation ($input: ChangeCohortStatusInput!) {
  changeCohortStatus(input: $input) { status }
}`;

const step = (title: string) => ({
  kind: 'OTHER',
  title,
  durationDays: 1,
  defaultFormat: 'ONLINE',
  gapDays: 7,
});

/** Changes the domain refuses although every input on its own is well formed. */
describe('domain checks', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  afterAll(() => t.close());

  it('setCycleTemplate refuses the same step twice and keeps the template as it was', async () => {
    const programme = await t.given.programme();
    const { setCycleTemplate: steps } = await pm.data(SET_TEMPLATE, {
      input: { programmeId: programme.id, steps: [step('Auftakt'), step('Vertiefung')] },
    });
    const [first, second] = steps as { id: string }[];
    const answer = await pm.gql(SET_TEMPLATE, {
      input: {
        programmeId: programme.id,
        steps: [
          { ...step('Auftakt'), id: first!.id },
          { ...step('Auftakt noch einmal'), id: first!.id },
        ],
      },
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'DUPLICATE_STEP',
      fields: [{ field: 'steps.1.id', reason: 'DUPLICATE_STEP' }],
    });
    const { programme: stored } = await pm.data(TEMPLATE_OF, { id: programme.id });
    expect(stored.cycleTemplate).toEqual([
      { id: first!.id, position: 1, title: 'Auftakt' },
      { id: second!.id, position: 2, title: 'Vertiefung' },
    ]);
  });

  describe('completeWorkshop', () => {
    async function publishedWorkshop() {
      const cohort = await t.given.cohort({
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        status: CohortStatus.RUNNING,
      });
      const { createWorkshop } = await pm.data(CREATE_WORKSHOP, {
        input: {
          cohortId: cohort.id,
          kind: 'OTHER',
          title: 'Wirkungslogik',
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/q5',
          days: [
            { date: '2025-03-04', startTime: '09:00', endTime: '17:00' },
            { date: '2025-03-05', startTime: '09:00', endTime: '13:00' },
          ],
        },
      });
      await pm.data(PUBLISH, { id: createWorkshop.id });
      return createWorkshop.id as string;
    }

    it('refuses a workshop whose last day has not ended (in the programme’s zone)', async () => {
      t.clock.set('2025-02-01T09:00:00Z');
      const id = await publishedWorkshop();
      // 12:59 in Berlin on the last day: one minute before its end.
      t.clock.set('2025-03-05T11:59:00Z');
      const answer = await pm.gql(COMPLETE, { id });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'WORKSHOP_NOT_ENDED',
      });
      expect(answer.errors?.[0]?.message).toBe(
        'Der Workshop endet erst am 05.03.2025 um 13:00 Uhr: Abschließen geht danach.',
      );

      t.clock.set('2025-03-05T12:00:00Z');
      const done = await pm.data(COMPLETE, { id });
      expect(done.completeWorkshop.status).toBe('COMPLETED');
    });
  });

  describe('updateCohort', () => {
    it('cannot set the capacity below the places taken; down to them it can', async () => {
      const cohort = await t.given.cohort({ capacity: 5 });
      for (const status of [
        ParticipationStatus.ENROLLED,
        ParticipationStatus.ACTIVE,
        ParticipationStatus.ACTIVE,
      ]) {
        await t.given.coordinatorIn(cohort, status);
      }
      const answer = await pm.gql(UPDATE_COHORT, { input: { id: cohort.id, capacity: 2 } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CAPACITY_BELOW_TAKEN',
        fields: [{ field: 'capacity', reason: 'CAPACITY_BELOW_TAKEN' }],
      });
      expect(answer.errors?.[0]?.message).toBe(
        '3 Plätze sind schon vergeben: Die Kapazität kann nicht darunter sinken.',
      );
      const lowered = await pm.data(UPDATE_COHORT, { input: { id: cohort.id, capacity: 3 } });
      expect(lowered.updateCohort.capacity).toBe(3);
    });
  });

  describe('changeCohortStatus to RUNNING', () => {
    it('is refused more than 4 weeks before the first day, allowed from then on', async () => {
      const cohort = await t.given.cohort({ startDate: '2025-11-26', endDate: '2026-10-30' });
      t.clock.set('2025-10-28T10:00:00Z');
      const early = await pm.gql(CHANGE_STATUS, { input: { id: cohort.id, status: 'RUNNING' } });
      expect(early.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'TOO_EARLY',
        fields: [{ field: 'status', reason: 'TOO_EARLY' }],
      });
      expect(early.errors?.[0]?.message).toBe(
        'Der Durchgang beginnt am 26.11.2025: Starten geht frühestens ab 29.10.2025 (4 Wochen vorher).',
      );

      t.clock.set('2025-10-29T08:00:00Z');
      const started = await pm.data(CHANGE_STATUS, { input: { id: cohort.id, status: 'RUNNING' } });
      expect(started.changeCohortStatus.status).toBe('RUNNING');
    });
  });
});
