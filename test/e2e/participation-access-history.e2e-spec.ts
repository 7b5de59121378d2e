import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { AccessScenario, denial } from '../support/access-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const ONLY_MANAGERS = 'Das dürfen nur Programm-Manager:innen.';
const NOT_TAKING_PART = 'Sie nehmen an diesem Qualifizierungsdurchgang nicht teil.';
const NOT_OWN_NETWORK = 'Sie sehen nur das Netzwerk, das Sie koordinieren.';

const COHORT = `query ($id: ID!) { cohort(id: $id) { id title } }`;
const COHORTS = `{ cohorts(first: 100) { totalCount nodes { id } } }`;
const MY_COHORTS = `{ myCohorts { id title myParticipation { id status network { name } } } }`;
const NETWORK = `query ($id: ID!) { network(id: $id) { id name } }`;

describe('access to participations, networks and the cohort overview (DESIGN §4): history, own network, mutations', () => {
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

  it('sees history and coordinations of their own participation only; the program manager sees them for all', async () => {
    s.run += 1;
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
    const clara = await t.given.person({ name: 'Clara Koordinatorin' });
    const fabian = await t.given.person({ name: 'Fabian Fellow' });
    const own = await t.given.network({ name: `Clara-Netz ${s.run}` });
    const fellow = await t.given.network({ name: `Fellow-Netz ${s.run}` });
    await t.given.coordination(own, clara, '2020-01-01');
    await t.given.coordination(fellow, fabian, '2021-06-01');
    // Enrolled by the program manager, so both participations have a history.
    for (const network of [own, fellow]) {
      await pm.data(
        `mutation ($input: NetworkInCohortInput!) { enrollNetwork(input: $input) { id } }`,
        { input: { cohortId: cohort.id, networkId: network.id } },
      );
    }
    const DETAILS = `query ($id: ID!) {
      cohort(id: $id) {
        participations {
          network { name }
          history { fromStatus toStatus changedBy { name } }
          coordinations { startDate person { name } }
        }
      }
    }`;

    const seen = await (await t.as(clara)).data(DETAILS, { id: cohort.id });
    expect(seen.cohort.participations).toEqual([
      {
        network: { name: own.name },
        history: [{ fromStatus: null, toStatus: 'ENROLLED', changedBy: { name: 'Petra Planer' } }],
        coordinations: [{ startDate: '2020-01-01', person: { name: 'Clara Koordinatorin' } }],
      },
      { network: { name: fellow.name }, history: null, coordinations: null },
    ]);

    const managed = await pm.data(DETAILS, { id: cohort.id });
    expect(managed.cohort.participations[1]).toEqual({
      network: { name: fellow.name },
      history: [{ fromStatus: null, toStatus: 'ENROLLED', changedBy: { name: 'Petra Planer' } }],
      coordinations: [{ startDate: '2021-06-01', person: { name: 'Fabian Fellow' } }],
    });
  });

  it('sees the reason for their own withdrawal, never that of a fellow network; the program manager sees both', async () => {
    const { a, clara, withdrawn, coordinator } = await twoCohorts();
    await pm.data(
      `mutation ($input: WithdrawParticipationInput!) { withdrawParticipation(input: $input) { id } }`,
      { input: { id: clara.participation.id, reason: 'Personalwechsel im Netzwerk' } },
    );
    const REASONS = `query ($id: ID!) {
      cohort(id: $id) {
        myParticipation { status withdrawalReason }
        participations { network { name } status withdrawalReason history { toStatus reason } }
      }
    }`;

    const seen = await coordinator.data(REASONS, { id: a.id });
    expect(seen.cohort.myParticipation).toEqual({
      status: 'WITHDRAWN',
      withdrawalReason: 'Personalwechsel im Netzwerk',
    });
    expect(seen.cohort.participations).toContainEqual({
      network: { name: clara.network.name },
      status: 'WITHDRAWN',
      withdrawalReason: 'Personalwechsel im Netzwerk',
      history: [{ toStatus: 'WITHDRAWN', reason: 'Personalwechsel im Netzwerk' }],
    });
    // The fellow's reason ("Keine Kapazität") reaches the coordinator nowhere.
    expect(JSON.stringify(seen)).not.toContain(withdrawn.network.name);
    expect(JSON.stringify(seen)).not.toContain('Keine Kapazität');

    const managed = await pm.data(REASONS, { id: a.id });
    expect(managed.cohort.participations).toContainEqual(
      expect.objectContaining({
        network: { name: withdrawn.network.name },
        withdrawalReason: 'Keine Kapazität',
      }),
    );
  });

  it('reads their own network, but another network is FORBIDDEN, not listed, and shows no coordinations or participations', async () => {
    const { a, clara, fellow, stranger, coordinator } = await twoCohorts();

    expect((await coordinator.data(NETWORK, { id: clara.network.id })).network).toEqual({
      id: clara.network.id,
      name: clara.network.name,
    });
    for (const other of [fellow.network, stranger.network]) {
      const answer = await coordinator.gql(NETWORK, { id: other.id });
      expect(denial(answer)).toEqual({ code: 'FORBIDDEN', message: NOT_OWN_NETWORK });
      expect(answer.data).toBeNull();
    }
    const { networks } = await coordinator.data(
      `{ networks(first: 100) { totalCount nodes { name } } }`,
    );
    expect(networks).toEqual({ totalCount: 1, nodes: [{ name: clara.network.name }] });

    const { cohort } = await coordinator.data(
      `query ($id: ID!) {
        cohort(id: $id) {
          participations {
            network { name coordinations { person { name } } participations { status } }
          }
        }
      }`,
      { id: a.id },
    );
    expect(cohort.participations).toEqual([
      {
        network: {
          name: clara.network.name,
          coordinations: [{ person: { name: 'Clara Koordinatorin' } }],
          participations: [{ status: 'ACTIVE' }],
        },
      },
      { network: { name: fellow.network.name, coordinations: null, participations: null } },
    ]);
  });

  it('gets FORBIDDEN for the cohort overview and null for the waiting list, which the program manager sees', async () => {
    const { a, waiting, coordinator } = await twoCohorts();

    const overview = await coordinator.gql(
      `query ($id: ID!) { cohortOverview(id: $id) { participations { network { name } coordinator { email } } } }`,
      { id: a.id },
    );
    expect(denial(overview)).toEqual({ code: 'FORBIDDEN', message: ONLY_MANAGERS });
    expect(overview.data).toBeNull();

    const WAITING = `query ($id: ID!) { cohort(id: $id) { waitingList { network { name } } } }`;
    expect((await coordinator.data(WAITING, { id: a.id })).cohort.waitingList).toBeNull();
    expect((await pm.data(WAITING, { id: a.id })).cohort.waitingList).toEqual([
      { network: { name: waiting.network.name } },
    ]);
  });

  it('may call no participation or network mutation (FORBIDDEN), and nothing changes', async () => {
    const { a, clara, fellow, invited, coordinator } = await twoCohorts();
    const newcomer = await t.given.network({ name: `Neu-Netz ${s.run}` });
    const successor = await t.given.person({ name: 'Sascha Nachfolge' });
    const STATE = `query ($id: ID!, $network: ID!) {
      cohort(id: $id) {
        freeCapacity
        participationCounts { invited waitlisted enrolled active completed withdrawn total }
        participations { id status withdrawalReason history { toStatus } network { name } }
      }
      network(id: $network) {
        name city
        currentCoordinator { name }
        coordinations { startDate endDate person { name } }
      }
      networks(search: "Schatten") { totalCount }
    }`;
    const before = await pm.data(STATE, { id: a.id, network: clara.network.id });

    const attempts: [string, Record<string, unknown>][] = [
      [
        'mutation ($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }',
        {
          input: {
            name: `Schattennetz ${s.run}`,
            kind: 'MINT_REGION',
            bundesland: 'BERLIN',
            city: 'Berlin',
          },
        },
      ],
      [
        'mutation ($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id } }',
        { input: { id: clara.network.id, name: `Umbenannt ${s.run}`, city: 'Anderswo' } },
      ],
      [
        'mutation ($input: SetNetworkCoordinatorInput!) { setNetworkCoordinator(input: $input) { id } }',
        { input: { networkId: clara.network.id, personId: successor.id, startDate: '2026-02-01' } },
      ],
      [
        'mutation ($input: EndNetworkCoordinationInput!) { endNetworkCoordination(input: $input) { id } }',
        { input: { networkId: clara.network.id, endDate: '2026-01-31' } },
      ],
      [
        'mutation ($input: NetworkInCohortInput!) { inviteNetwork(input: $input) { id } }',
        { input: { cohortId: a.id, networkId: newcomer.id } },
      ],
      [
        'mutation ($input: NetworkInCohortInput!) { enrollNetwork(input: $input) { id } }',
        { input: { cohortId: a.id, networkId: invited.network.id } },
      ],
      [
        'mutation ($id: ID!) { activateParticipation(id: $id) { id } }',
        { id: fellow.participation.id },
      ],
      [
        'mutation ($input: CompleteParticipationInput!) { completeParticipation(input: $input) { id } }',
        { input: { id: clara.participation.id, completedOn: '2026-01-15' } },
      ],
      [
        'mutation ($input: WithdrawParticipationInput!) { withdrawParticipation(input: $input) { id } }',
        { input: { id: fellow.participation.id, reason: 'Heimlich abgemeldet' } },
      ],
      [
        'mutation ($cohortId: ID!) { moveUpFromWaitingList(cohortId: $cohortId) { id } }',
        { cohortId: a.id },
      ],
    ];
    const refused: Record<string, unknown> = {};
    for (const [document, variables] of attempts) {
      const name = /\{ (\w+)\(/.exec(document)![1]!;
      refused[name] = denial(await coordinator.gql(document, variables));
    }
    const forbidden = { code: 'FORBIDDEN', message: ONLY_MANAGERS };
    expect(refused).toEqual({
      createNetwork: forbidden,
      updateNetwork: forbidden,
      setNetworkCoordinator: forbidden,
      endNetworkCoordination: forbidden,
      inviteNetwork: forbidden,
      enrollNetwork: forbidden,
      activateParticipation: forbidden,
      completeParticipation: forbidden,
      withdrawParticipation: forbidden,
      moveUpFromWaitingList: forbidden,
    });

    const after = await pm.data(STATE, { id: a.id, network: clara.network.id });
    expect(after).toEqual(before);
    // The state the mutations would have changed, spelled out.
    expect(after.network).toMatchObject({
      name: clara.network.name,
      currentCoordinator: { name: 'Clara Koordinatorin' },
      coordinations: [
        { startDate: '2020-01-01', endDate: null, person: { name: 'Clara Koordinatorin' } },
      ],
    });
    expect(after.networks.totalCount).toBe(0);
    expect(after.cohort.participationCounts).toMatchObject({ total: 5, invited: 1, waitlisted: 1 });
    expect(after.cohort.participations.map((p: { status: string }) => p.status)).toEqual([
      'ACTIVE',
      'ENROLLED',
      'INVITED',
      'WAITLISTED',
      'WITHDRAWN',
    ]);
    expect(
      after.cohort.participations.every((p: { history: unknown[] }) => p.history.length === 0),
    ).toBe(true);
  });

  it('does not see a future cohort once their coordination ended before it starts; the successor does', async () => {
    s.run += 1;
    const programme = await t.given.programme();
    const past = await t.given.cohort({
      programmeId: programme.id,
      number: 5,
      startDate: '2024-11-25',
      endDate: '2025-10-31',
      status: CohortStatus.COMPLETED,
    });
    const future = await t.given.cohort({
      programmeId: programme.id,
      number: 7,
      startDate: '2026-11-23',
      endDate: '2027-10-29',
      status: CohortStatus.PLANNED,
    });
    const network = await t.given.network({ name: `Staffel-Netz ${s.run}` });
    const former = await t.given.person({ name: 'Frieda Früher' });
    const successor = await t.given.person({ name: 'Sören Später' });
    // Today is 2026-01-15: Frieda left at the end of 2025, Sören took over.
    await t.given.coordination(network, former, '2020-01-01', '2025-12-31');
    await t.given.coordination(network, successor, '2026-01-01');
    await t.given.participation(past, network, ParticipationStatus.COMPLETED);
    await t.given.participation(future, network, ParticipationStatus.ENROLLED);

    const frieda = await t.as(former);
    const denied = await frieda.gql(COHORT, { id: future.id });
    expect(denial(denied)).toEqual({ code: 'FORBIDDEN', message: NOT_TAKING_PART });
    expect((await frieda.data(COHORTS)).cohorts).toEqual({
      totalCount: 1,
      nodes: [{ id: past.id }],
    });
    expect((await frieda.data(MY_COHORTS)).myCohorts.map((c: { id: string }) => c.id)).toEqual([
      past.id,
    ]);
    expect(denial(await frieda.gql(NETWORK, { id: network.id }))).toEqual({
      code: 'FORBIDDEN',
      message: NOT_OWN_NETWORK,
    });

    const soeren = await t.as(successor);
    expect((await soeren.data(COHORT, { id: future.id })).cohort.id).toBe(future.id);
    expect((await soeren.data(MY_COHORTS)).myCohorts).toEqual([
      {
        id: future.id,
        title: future.title,
        myParticipation: expect.objectContaining({ status: 'ENROLLED' }),
      },
    ]);
  });

  it('cannot reach another cohort’s participants through a fellow alumnus’s completed cohorts', async () => {
    s.run += 1;
    const programme = await t.given.programme();
    const earlier = await t.given.cohort({
      programmeId: programme.id,
      number: 4,
      startDate: '2023-11-20',
      endDate: '2024-10-25',
      status: CohortStatus.COMPLETED,
    });
    const current = await t.given.cohort({
      programmeId: programme.id,
      number: 6,
      status: CohortStatus.RUNNING,
    });
    // Alma completed cohort 4 together with Greta's network; Clara never took part in it.
    const alma = await t.given.person({ name: 'Alma Alumna' });
    const greta = await t.given.person({ name: 'Greta Geheim' });
    const almaNetwork = await t.given.network({ name: `Alma-Netz ${s.run}` });
    const gretaNetwork = await t.given.network({ name: `Geheim-Netz ${s.run}` });
    await t.given.coordination(almaNetwork, alma, '2020-01-01');
    await t.given.coordination(gretaNetwork, greta, '2020-01-01');
    await t.given.participation(earlier, almaNetwork, ParticipationStatus.COMPLETED);
    await t.given.participation(earlier, gretaNetwork, ParticipationStatus.COMPLETED);
    await t.given.participation(current, almaNetwork, ParticipationStatus.ACTIVE);
    const clara = await s.participant(
      current,
      'Clara-Netz',
      ParticipationStatus.ACTIVE,
      'Clara K.',
    );
    const coordinator = await t.as(clara.person);
    expect(denial(await coordinator.gql(COHORT, { id: earlier.id }))).toMatchObject({
      code: 'FORBIDDEN',
    });

    const answer = await coordinator.gql(
      `query ($id: ID!) {
        cohort(id: $id) {
          participations {
            coordinator {
              name isAlumnus
              completedCohorts { participations { network { name } coordinator { name } } }
            }
          }
        }
      }`,
      { id: current.id },
    );
    // Alma's being an alumna is no secret; who else was in cohort 4 is.
    expect(JSON.stringify(answer)).toContain('"isAlumnus":true');
    expect(JSON.stringify(answer)).not.toContain(gretaNetwork.name);
    expect(JSON.stringify(answer)).not.toContain('Greta Geheim');
  });
});
