import { CohortEntity, CohortStatus, ProgrammeEntity } from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import { GraphQLClient } from './graphql-client';
import { TestApp } from './test-app';

export const ROUND_FIELDS = `
  id status sequence startsAt endsAt format place onlineUrl cancellationReason
  time { date startTime endTime timeZone }
  roles { role personId name }
  rsvpCounts { yes no maybe }
  attendanceCount isMine myRsvp`;

export const GROUP_FIELDS = `
  id name method status memberCount warnings
  cohorts { number }
  members { personId name fromDate toDate current }`;

/** A peer group with `size` coordinators of one cohort, formed by the program manager. */
export interface PeerScenario {
  programme: ProgrammeEntity;
  cohort: CohortEntity;
  people: PersonEntity[];
  clients: GraphQLClient[];
  pm: GraphQLClient;
  groupId: string;
}

export async function givenPeerGroup(
  t: TestApp,
  { size = 4, fromDate = '2026-01-01', activate = true } = {},
): Promise<PeerScenario> {
  const programme = await t.given.programme();
  const cohort = await t.given.cohort({
    programmeId: programme.id,
    status: CohortStatus.RUNNING,
    startDate: '2025-11-24',
    endDate: '2026-12-31',
  });
  const people: PersonEntity[] = [];
  for (let i = 0; i < size; i++) {
    people.push(
      (await t.given.coordinatorIn(cohort, undefined, { name: `Mitglied ${i + 1}` })).person,
    );
  }
  const pm = await t.manager();
  const { formPeerGroup } = await pm.data(
    `mutation($input: FormPeerGroupInput!) { formPeerGroup(input: $input) { id } }`,
    {
      input: {
        programmeId: programme.id,
        name: 'Runde Nord-Ost',
        method: 'KOLLEGIALE_FALLBERATUNG',
        cohortIds: [cohort.id],
        members: people.map((p) => ({ personId: p.id, fromDate })),
      },
    },
  );
  if (activate) {
    await pm.data(
      `mutation($input: ChangePeerGroupStatusInput!) { changePeerGroupStatus(input: $input) { id } }`,
      { input: { groupId: formPeerGroup.id, status: 'ACTIVE' } },
    );
  }
  const clients = await Promise.all(people.map((p) => t.as(p)));
  return { programme, cohort, people, clients, pm, groupId: formPeerGroup.id };
}

export async function planRound(
  client: GraphQLClient,
  groupId: string,
  date: string,
  startTime = '18:00',
  endTime = '19:30',
): Promise<any> {
  const { planPeerRound } = await client.data(
    `mutation($input: PlanPeerRoundInput!) { planPeerRound(input: $input) { ${ROUND_FIELDS} } }`,
    {
      input: {
        groupId,
        date,
        startTime,
        endTime,
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/runde',
      },
    },
  );
  return planPeerRound;
}

/** The first error's code, reason and field of an answer. */
export function problem(answer: { errors?: any[] }) {
  const error = answer.errors?.[0];
  return {
    code: error?.extensions?.code,
    reason: error?.extensions?.reason,
    field: error?.extensions?.fields?.[0]?.field,
  };
}
