import type { Answers } from '../../../test/render';

/** One programme with a cohort, the workshop kind with a nudge, and one rule "1 day before". */
export const PROGRAMME = {
  __typename: 'Programme',
  id: 'prog-1',
  name: 'MINT-Qualitätsoffensive',
  timeZone: 'Europe/Berlin',
};

export const COHORT = {
  __typename: 'Cohort',
  id: 'cohort-7',
  number: 7,
  title: 'Qualifizierungsdurchgang 2027',
  status: 'RUNNING',
  startDate: '2026-11-01',
  endDate: '2027-10-01',
  capacity: 20,
  programme: { __typename: 'Programme', id: PROGRAMME.id, name: PROGRAMME.name },
  participationCounts: { __typename: 'ParticipationCounts', occupying: 2, waitlisted: 0 },
};

export const KINDS = [
  {
    __typename: 'ReminderEventKindInfo',
    kind: 'WORKSHOP',
    description: 'A workshop of the cycle',
    scope: null,
    audiences: [
      { __typename: 'ReminderAudienceInfo', name: 'PARTICIPANTS', description: 'Coordinators' },
      { __typename: 'ReminderAudienceInfo', name: 'FACILITATORS', description: 'Facilitators' },
    ],
    nudges: [
      {
        __typename: 'ReminderNudgeInfo',
        name: 'ATTENDANCE_NOT_RECORDED',
        description: 'The program managers, when attendance was not recorded.',
        audiences: ['PROGRAM_MANAGERS'],
      },
    ],
  },
];

export const RULE = {
  __typename: 'ReminderRule',
  id: 'rule-1',
  programmeId: PROGRAMME.id,
  enabled: true,
  eventKind: 'WORKSHOP',
  offsetDays: -1,
  offsetMinutes: 0,
  anchor: 'START',
  audience: 'PARTICIPANTS',
  template: 'REMINDER',
  nudge: null,
  cohortId: null,
  scopeId: null,
  replacesRuleId: null,
};

export function ledgerPage(
  /** `contact`: a row to an initiative's contact (no account), by whose contact it is. */
  nodes: { id: string; name: string; status?: string; contact?: string }[],
  page: { total?: number; hasNextPage?: boolean; endCursor?: string | null } = {},
) {
  return {
    reminders: {
      __typename: 'ReminderConnection',
      totalCount: page.total ?? nodes.length,
      pageInfo: {
        __typename: 'PageInfo',
        hasNextPage: page.hasNextPage ?? false,
        endCursor: page.endCursor ?? null,
      },
      nodes: nodes.map((n) => ({
        __typename: 'Reminder',
        id: n.id,
        status: n.status ?? 'SENT',
        dueAt: '2026-12-07T08:00:00.000Z',
        sentAt: null,
        reason: null,
        lastError: null,
        attempts: 1,
        eventKind: 'WORKSHOP',
        recipient: n.contact ? null : { __typename: 'Person', id: `p-${n.id}`, name: n.name },
        contact: n.contact
          ? { __typename: 'ReminderContactRecipient', id: `i-${n.id}`, label: n.contact }
          : null,
        event: { __typename: 'WorkshopReminderEvent', id: 'w1', title: 'Auftaktworkshop' },
      })),
    },
  };
}

/** What the reminders page asks for on opening, answered. */
export function pageAnswers(more: Answers = {}): Answers {
  return {
    ManagerCohorts: () => ({
      data: {
        programmes: [PROGRAMME],
        cohorts: { __typename: 'CohortConnection', nodes: [COHORT] },
      },
    }),
    ReminderEventKinds: () => ({ data: { reminderEventKinds: KINDS } }),
    ReminderRules: () => ({ data: { reminderRules: [RULE] } }),
    ReminderLedger: () => ({ data: ledgerPage([{ id: 'r1', name: 'Lena Hartmann' }]) }),
    LedgerPeople: () => ({ data: { people: { __typename: 'PersonConnection', nodes: [] } } }),
    ...more,
  };
}
