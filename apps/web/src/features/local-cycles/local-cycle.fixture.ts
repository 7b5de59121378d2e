import type { LocalCycleViewFragment } from '../../gql/graphql';

/** A running cycle with two published workshops and two enrolled initiatives (for tests). */
export function cycleFixture(patch: Partial<LocalCycleViewFragment> = {}): LocalCycleViewFragment {
  const initiative = (id: string, name: string) => ({
    __typename: 'Initiative' as const,
    id,
    networkId: 'n1',
    name,
    kind: 'SCHUELERLABOR' as const,
    city: 'Magdeburg',
    website: null,
    demo: false,
    contact: null,
  });
  const workshop = (id: string, title: string, date: string) => ({
    __typename: 'LocalWorkshop' as const,
    id,
    localCycleId: 'c1',
    sequence: 1,
    title,
    status: 'PUBLISHED' as const,
    format: 'IN_PERSON' as const,
    bundesland: 'SACHSEN_ANHALT' as const,
    onlineUrl: null,
    cancellationReason: null,
    place: { __typename: 'Place' as const, name: 'Rathaus', address: null },
    days: [
      {
        __typename: 'WorkshopDay' as const,
        date,
        startTime: '09:00:00',
        endTime: '12:00:00',
        startsAt: `${date}T08:00:00.000Z`,
        endsAt: `${date}T11:00:00.000Z`,
      },
    ],
    holidays: [],
  });
  return {
    id: 'c1',
    cohortId: 'k1',
    participationId: 'p1',
    status: 'RUNNING',
    readOnly: false,
    closedAt: null,
    reopenReason: null,
    lastActivityAt: '2026-11-20T10:00:00.000Z',
    network: { id: 'n1', name: 'MagdeMINT', bundesland: 'SACHSEN_ANHALT' },
    workshops: [
      workshop('w1', 'Infoveranstaltung', '2026-11-10'),
      workshop('w2', 'Reflexionsworkshop', '2026-12-01'),
    ],
    enrolments: [
      {
        id: 'e1',
        status: 'ENROLLED',
        phase: 'REFLECTED',
        phaseSince: '2026-11-15T10:00:00.000Z',
        initiative: initiative('i1', 'Schülerlabor Elbe'),
        phaseHistory: [
          {
            fromPhase: 'SELF_ANALYSIS_DONE',
            toPhase: 'REFLECTED',
            changedAt: '2026-11-15T10:00:00.000Z',
            changedBy: 'Lena Hartmann',
            reason: null,
          },
        ],
      },
      {
        id: 'e2',
        status: 'ENROLLED',
        phase: 'NOT_STARTED',
        phaseSince: '2026-11-01T10:00:00.000Z',
        initiative: initiative('i2', 'Robotik-AG Stadtfeld'),
        phaseHistory: [],
      },
    ],
    attendance: [
      {
        localWorkshopId: 'w1',
        initiativeId: 'i1',
        status: 'ATTENDED',
        headCount: 3,
      },
    ],
    ...patch,
  };
}
