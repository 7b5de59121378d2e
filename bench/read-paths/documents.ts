/**
 * The five read paths the benchmark loads, as a client asks for them (the README's examples
 * for the overview and the cycle), with who asks.
 */
export interface ReadPath {
  name: string;
  /** Who asks: a program manager or the coordinator of an active network. */
  as: 'manager' | 'coordinator';
  /** A GraphQL document (POST /graphql with `{ id }`), or a GET path for a download. */
  graphql?: string;
  get?: (cohortId: string) => string;
}

const OVERVIEW = `query ($id: ID!) {
  cohortOverview(id: $id) {
    cohort { title capacity }
    freeCapacity
    counts { enrolled active waitlisted withdrawn }
    participations {
      status coordinatorExperience waitlistPosition
      network { name bundesland }
      coordinator { name email }
    }
    waitingList { network { name } }
  }
}`;

const CYCLE = `query {
  myWorkshopCycle {
    cohort { title }
    progress { attendedRequired required percent complete }
    nextWorkshop {
      title format timeZone
      days { date startTime endTime }
      place { name address }
      onlineUrl
    }
    steps {
      attendance required upcoming
      workshop { title kind status days { date startTime endTime } }
    }
  }
}`;

const COHORT = `query ($id: ID!) { cohort(id: $id) { id title } }`;

const MATRIX = `query ($id: ID!) {
  attendanceMatrix(cohortId: $id) {
    workshops { id title days { date } }
    rows {
      participation { id status network { name } coordinator { name } }
      cells { status }
      progress { attendedRequired required complete }
    }
  }
}`;

export const READ_PATHS: readonly ReadPath[] = [
  { name: 'cohortOverview', as: 'manager', graphql: OVERVIEW },
  { name: 'myWorkshopCycle', as: 'coordinator', graphql: CYCLE },
  { name: 'cohort(id)', as: 'manager', graphql: COHORT },
  { name: 'attendanceMatrix', as: 'manager', graphql: MATRIX },
  {
    name: 'attendance.csv',
    as: 'manager',
    get: (cohortId) => `/exports/cohorts/${cohortId}/attendance.csv`,
  },
];
