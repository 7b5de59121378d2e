import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { AccessScenario, denial } from '../support/access-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const NOT_TAKING_PART = 'Sie nehmen an diesem Qualifizierungsdurchgang nicht teil.';

const COHORT = `query ($id: ID!) { cohort(id: $id) { id title } }`;
const COHORTS = `{ cohorts(first: 100) { totalCount nodes { id } } }`;
const MY_COHORTS = `{ myCohorts { id title myParticipation { id status network { name } } } }`;
const PARTICIPANTS = `query ($id: ID!, $status: [ParticipationStatus!]) {
  cohort(id: $id) { participations(status: $status) { status network { name } } }
}`;

describe('access to participations, networks and the cohort overview (DESIGN §4): a coordinator’s cohort and fellows', () => {
  let t: TestApp;
  let pm: GraphQLClient;
  let s: AccessScenario;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
    s = new AccessScenario(t);
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  const twoCohorts = () => s.twoCohortsWithEveryStatus();

  it('sees the cohort they take part in via cohort, cohorts and myCohorts (with myParticipation); another cohort is FORBIDDEN and not listed', async () => {
    const { a, b, clara, coordinator } = await twoCohorts();

    expect((await coordinator.data(COHORT, { id: a.id })).cohort).toEqual({
      id: a.id,
      title: '6. Qualifizierungsdurchgang',
    });
    const { cohorts } = await coordinator.data(COHORTS);
    expect(cohorts).toEqual({ totalCount: 1, nodes: [{ id: a.id }] });
    const { myCohorts } = await coordinator.data(MY_COHORTS);
    expect(myCohorts).toEqual([
      {
        id: a.id,
        title: '6. Qualifizierungsdurchgang',
        myParticipation: {
          id: clara.participation.id,
          status: 'ACTIVE',
          network: { name: clara.network.name },
        },
      },
    ]);

    const other = await coordinator.gql(COHORT, { id: b.id });
    expect(denial(other)).toEqual({ code: 'FORBIDDEN', message: NOT_TAKING_PART });
    expect(other.data).toBeNull();
    // B exists: the program manager reads it and finds it among all cohorts.
    expect((await pm.data(COHORT, { id: b.id })).cohort.title).toBe('7. Qualifizierungsdurchgang');
    const all = await pm.data(COHORTS);
    expect(all.cohorts.nodes).toEqual(expect.arrayContaining([{ id: a.id }, { id: b.id }]));
  });

  it('sees fellow participants’ networks and coordinators by name, but contact data only of themselves', async () => {
    const { a, clara, fellow, coordinator } = await twoCohorts();

    const { cohort } = await coordinator.data(
      `query ($id: ID!) {
        cohort(id: $id) {
          participations {
            network { name currentCoordinator { name email } }
            coordinator { name email }
          }
        }
      }`,
      { id: a.id },
    );
    expect(cohort.participations).toEqual([
      {
        network: {
          name: clara.network.name,
          currentCoordinator: { name: 'Clara Koordinatorin', email: clara.person.email },
        },
        coordinator: { name: 'Clara Koordinatorin', email: clara.person.email },
      },
      {
        network: {
          name: fellow.network.name,
          currentCoordinator: { name: 'Fabian Fellow', email: null },
        },
        coordinator: { name: 'Fabian Fellow', email: null },
      },
    ]);
    expect(JSON.stringify(cohort)).not.toContain(fellow.person.email);

    // The program manager sees everyone's contact data.
    const managed = await pm.data(
      `query ($id: ID!) { cohort(id: $id) { participations(status: [ENROLLED]) { coordinator { email } } } }`,
      { id: a.id },
    );
    expect(managed.cohort.participations).toEqual([
      { coordinator: { email: fellow.person.email } },
    ]);
  });

  it('does not list invited, waitlisted or withdrawn fellow networks, not even when asked by status; the program manager sees all', async () => {
    const { a, clara, fellow, invited, waiting, withdrawn, coordinator } = await twoCohorts();

    const seen = await coordinator.data(PARTICIPANTS, { id: a.id });
    expect(seen.cohort.participations).toEqual([
      { status: 'ACTIVE', network: { name: clara.network.name } },
      { status: 'ENROLLED', network: { name: fellow.network.name } },
    ]);
    const asked = await coordinator.data(PARTICIPANTS, {
      id: a.id,
      status: ['INVITED', 'WAITLISTED', 'WITHDRAWN'],
    });
    expect(asked.cohort.participations).toEqual([]);

    const managed = await pm.data(PARTICIPANTS, { id: a.id });
    expect(managed.cohort.participations).toEqual([
      { status: 'ACTIVE', network: { name: clara.network.name } },
      { status: 'ENROLLED', network: { name: fellow.network.name } },
      { status: 'INVITED', network: { name: invited.network.name } },
      { status: 'WAITLISTED', network: { name: waiting.network.name } },
      { status: 'WITHDRAWN', network: { name: withdrawn.network.name } },
    ]);
  });

  it('sees only their own participation while their network is invited, waiting or withdrawn: no fellow participants', async () => {
    const { a, clara, fellow, invited, waiting, withdrawn } = await twoCohorts();
    for (const [own, status] of [
      [invited, 'INVITED'],
      [waiting, 'WAITLISTED'],
      [withdrawn, 'WITHDRAWN'],
    ] as const) {
      const coordinator = await t.as(own.person);
      const { myCohorts } = await coordinator.data(MY_COHORTS);
      expect(myCohorts).toEqual([
        {
          id: a.id,
          title: a.title,
          myParticipation: {
            id: own.participation.id,
            status,
            network: { name: own.network.name },
          },
        },
      ]);
      const seen = await coordinator.data(
        `query ($id: ID!) { cohort(id: $id) { title participations { status network { name } coordinator { name } } } }`,
        { id: a.id },
      );
      expect(seen.cohort).toEqual({
        title: a.title,
        participations: [
          { status, network: { name: own.network.name }, coordinator: { name: own.person.name } },
        ],
      });
      for (const hidden of [clara, fellow]) {
        expect(JSON.stringify(seen)).not.toContain(hidden.network.name);
        expect(JSON.stringify(seen)).not.toContain(hidden.person.name);
      }
    }
  });

  it('after handing the network over, sees their own past in the cohort, but neither fellows nor what was written after they left', async () => {
    s.run += 1;
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
    const network = await t.given.network({ name: `Übergabe-Netz ${s.run}` });
    const former = await t.given.person({ name: 'Frieda Früher' });
    const successor = await t.given.person({ name: 'Sören Später' });
    await t.given.coordination(network, former, '2020-01-01', '2026-01-09');
    await t.given.coordination(network, successor, '2026-01-10');
    const fellow = await s.participant(
      cohort,
      'Fellow-Netz',
      ParticipationStatus.ACTIVE,
      'Fabian Fellow',
    );
    const input = { cohortId: cohort.id, networkId: network.id };
    t.clock.set('2026-01-05T09:00:00Z');
    const { enrollNetwork } = await pm.data(
      `mutation ($input: NetworkInCohortInput!) { enrollNetwork(input: $input) { id } }`,
      { input },
    );
    t.clock.set('2026-01-12T09:00:00Z');
    await pm.data(`mutation ($id: ID!) { activateParticipation(id: $id) { id } }`, {
      id: enrollNetwork.id,
    });
    const DETAILS = `query ($id: ID!) {
      cohort(id: $id) {
        myParticipation { status }
        participations {
          network { name }
          coordinator { name }
          history { toStatus }
          coordinations { person { name } }
          withdrawalReason
        }
      }
    }`;

    t.clock.set('2026-01-13T09:00:00Z');
    const bySuccessor = await (await t.as(successor)).data(DETAILS, { id: cohort.id });
    expect(bySuccessor.cohort.participations).toEqual([
      expect.objectContaining({ network: { name: fellow.network.name } }),
      {
        network: { name: network.name },
        coordinator: { name: 'Sören Später' },
        history: [{ toStatus: 'ENROLLED' }, { toStatus: 'ACTIVE' }],
        coordinations: [
          { person: { name: 'Frieda Früher' } },
          { person: { name: 'Sören Später' } },
        ],
        withdrawalReason: null,
      },
    ]);

    t.clock.set('2026-01-14T09:00:00Z');
    await pm.data(
      `mutation ($input: WithdrawParticipationInput!) { withdrawParticipation(input: $input) { id } }`,
      { input: { id: enrollNetwork.id, reason: 'Neue Leitung setzt andere Schwerpunkte' } },
    );
    t.clock.set('2026-01-15T09:00:00Z');
    const frieda = await t.as(former);
    expect((await frieda.data(MY_COHORTS)).myCohorts.map((c: { id: string }) => c.id)).toEqual([
      cohort.id,
    ]);
    const byFormer = await frieda.data(DETAILS, { id: cohort.id });
    expect(byFormer.cohort).toEqual({
      myParticipation: { status: 'WITHDRAWN' },
      participations: [
        {
          network: { name: network.name },
          coordinator: null,
          history: [{ toStatus: 'ENROLLED' }],
          coordinations: [{ person: { name: 'Frieda Früher' } }],
          withdrawalReason: null,
        },
      ],
    });
    expect(JSON.stringify(byFormer)).not.toMatch(/Sören|Fabian|Fellow-Netz|Schwerpunkte/);
  });

  it('sees their own network on the waiting list, though not other waiting networks', async () => {
    s.run += 1;
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
    const own = await s.participant(
      cohort,
      'Wartend-Eigen',
      ParticipationStatus.WAITLISTED,
      'Olga Eigen',
    );
    const other = await s.participant(
      cohort,
      'Wartend-Fremd',
      ParticipationStatus.WAITLISTED,
      'Otto Anders',
    );
    const coordinator = await t.as(own.person);

    const seen = await coordinator.data(PARTICIPANTS, { id: cohort.id });
    expect(seen.cohort.participations).toEqual([
      { status: 'WAITLISTED', network: { name: own.network.name } },
    ]);
    expect(JSON.stringify(seen)).not.toContain(other.network.name);
  });
});
