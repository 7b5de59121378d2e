import { Bundesland, CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../../support/graphql-client';
import { TestApp } from '../../support/test-app';

/** The demo's local template: what a programme plans its networks' local cycles from. */
export const LOCAL_TEMPLATE = [
  { title: 'Infoveranstaltung', durationDays: 0.5, defaultFormat: 'ONLINE', gapDays: 0 },
  {
    title: 'Einführung in die Selbstanalyse',
    durationDays: 0.5,
    defaultFormat: 'IN_PERSON',
    gapDays: 14,
  },
  { title: 'Reflexionsworkshop', durationDays: 1, defaultFormat: 'IN_PERSON', gapDays: 28 },
  { title: 'Beratungsgespräche', durationDays: 1, defaultFormat: 'HYBRID', gapDays: 21 },
];

export const CYCLE_FIELDS = `id status readOnly reopenReason cohortId participationId
  network { id name bundesland }
  workshops { id title status format bundesland days { date startTime endTime } holidays { date name } sequence }
  enrolments { id status phase initiative { id name contact { name email consentOn } }
    phaseHistory { fromPhase toPhase changedBy reason } }
  attendance { localWorkshopId initiativeId status headCount }`;

export const Q = {
  setTemplate: `mutation ($input: SetLocalTemplateInput!) { setLocalTemplate(input: $input) { id position title } }`,
  plan: `mutation ($input: PlanLocalCycleInput!) { planLocalCycle(input: $input) { ${CYCLE_FIELDS} } }`,
  mine: `query ($cohortId: ID) { myLocalCycle(cohortId: $cohortId) { ${CYCLE_FIELDS} } }`,
  cycle: `query ($id: ID!) { localCycle(id: $id) { ${CYCLE_FIELDS} } }`,
  addInitiative: `mutation ($input: AddInitiativeInput!) { addInitiative(input: $input) { id name city contact { name email consentOn } } }`,
  updateInitiative: `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id name city } }`,
  initiatives: `query ($networkId: ID!) { initiatives(networkId: $networkId) { id name contact { email } } }`,
  similar: `query ($networkId: ID!, $name: String!, $city: String!) { similarInitiatives(networkId: $networkId, name: $name, city: $city) { id name city } }`,
  enrol: `mutation ($input: EnrolInitiativesInput!) { enrolInitiatives(input: $input) { ${CYCLE_FIELDS} } }`,
  setEnrolmentStatus: `mutation ($input: SetEnrolmentStatusInput!) { setEnrolmentStatus(input: $input) { ${CYCLE_FIELDS} } }`,
  attendance: `mutation ($input: SaveLocalAttendanceInput!) { saveLocalAttendance(input: $input) { ${CYCLE_FIELDS} } }`,
  phase: `mutation ($input: ChangeSelfAnalysisPhaseInput!) { changeSelfAnalysisPhase(input: $input) { ${CYCLE_FIELDS} } }`,
  status: `mutation ($input: ChangeLocalCycleStatusInput!) { changeLocalCycleStatus(input: $input) { ${CYCLE_FIELDS} } }`,
  reopen: `mutation ($input: ReopenLocalCycleInput!) { reopenLocalCycle(input: $input) { ${CYCLE_FIELDS} } }`,
  createWorkshop: `mutation ($input: CreateLocalWorkshopInput!) { createLocalWorkshop(input: $input) { ${CYCLE_FIELDS} } }`,
  updateWorkshop: `mutation ($input: UpdateLocalWorkshopInput!) { updateLocalWorkshop(input: $input) { ${CYCLE_FIELDS} } }`,
  reschedule: `mutation ($input: RescheduleLocalWorkshopInput!) { rescheduleLocalWorkshop(input: $input) { ${CYCLE_FIELDS} } }`,
  publish: `mutation ($id: ID!) { publishLocalWorkshop(id: $id) { ${CYCLE_FIELDS} } }`,
  held: `mutation ($id: ID!) { markLocalWorkshopHeld(id: $id) { ${CYCLE_FIELDS} } }`,
  cancel: `mutation ($input: CancelLocalWorkshopInput!) { cancelLocalWorkshop(input: $input) { ${CYCLE_FIELDS} } }`,
  overview: `query ($cohortId: ID!) { localCycleOverview(cohortId: $cohortId) {
    cohortId
    rows { networkName cycleStatus initiativesInvited initiativesEnrolled workshopsPlanned workshopsHeld
      phases { phase count } lastActivityAt }
    totals { networks networksWithCycle initiativesEnrolled workshopsHeld phases { phase count } } } }`,
};

/** A running cohort of a programme with the local template set. */
export async function cohortWithTemplate(t: TestApp, pm: GraphQLClient) {
  const programme = await t.given.programme();
  const cohort = await t.given.cohort({
    programmeId: programme.id,
    startDate: '2025-03-03',
    endDate: '2026-02-27',
    status: CohortStatus.RUNNING,
  });
  await pm.data(Q.setTemplate, { input: { programmeId: programme.id, steps: LOCAL_TEMPLATE } });
  return { programme, cohort };
}

/** A coordinator of a network taking part in `cohort`, signed in. */
export async function coordinator(
  t: TestApp,
  cohort: Awaited<ReturnType<typeof cohortWithTemplate>>['cohort'],
  bundesland = Bundesland.BAYERN,
  name?: string,
) {
  const made = await t.given.coordinatorIn(
    cohort,
    ParticipationStatus.ACTIVE,
    {},
    { bundesland, ...(name ? { name } : {}) },
  );
  return { ...made, client: await t.as(made.person) };
}

/** The first field problem's field and reason, and the error's code and reason. */
export function problem(answer: { errors?: { extensions?: Record<string, any> }[] }) {
  const ext = answer.errors?.[0]?.extensions ?? {};
  return {
    code: ext.code as string | undefined,
    reason: ext.reason as string | undefined,
    field: (ext.fields as { field: string }[] | undefined)?.[0]?.field,
  };
}
