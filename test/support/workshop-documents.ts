/** The cycle template and documents the workshop e2e files share. */
export const TEMPLATE = [
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

export const WORKSHOP_FIELDS = `id title kind format status sequence cancellationReason
  days { date startTime endTime startsAt endsAt } place { name address } onlineUrl`;
export const SET_TEMPLATE = `mutation ($input: SetCycleTemplateInput!) { setCycleTemplate(input: $input) { id position title } }`;
export const PLAN = `mutation ($input: PlanCohortCycleInput!) { planCohortCycle(input: $input) { ${WORKSHOP_FIELDS} } }`;
