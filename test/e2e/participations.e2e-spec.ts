import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const PARTICIPATION_FIELDS = `id status waitlistPosition nextStatuses completedOn withdrawnOn withdrawalReason network { name }`;
const INVITE = `mutation ($input: NetworkInCohortInput!) { inviteNetwork(input: $input) { ${PARTICIPATION_FIELDS} } }`;
const ENROLL = `mutation ($input: NetworkInCohortInput!) { enrollNetwork(input: $input) { ${PARTICIPATION_FIELDS} } }`;
const ACTIVATE = `mutation ($id: ID!) { activateParticipation(id: $id) { ${PARTICIPATION_FIELDS} } }`;
const COMPLETE = `mutation ($input: CompleteParticipationInput!) { completeParticipation(input: $input) { ${PARTICIPATION_FIELDS} } }`;
const WITHDRAW = `mutation ($input: WithdrawParticipationInput!) { withdrawParticipation(input: $input) { ${PARTICIPATION_FIELDS} } }`;
const MOVE_UP = `mutation ($cohortId: ID!) { moveUpFromWaitingList(cohortId: $cohortId) { ${PARTICIPATION_FIELDS} } }`;
const COHORT = `query ($id: ID!) {
  cohort(id: $id) {
    freeCapacity
    participationCounts { invited waitlisted enrolled active completed withdrawn occupying total }
    participations { status network { name } }
    waitingList { network { name } waitlistPosition }
  }
}`;

describe('participations: the lifecycle of a network in a cohort', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  it('goes INVITED → ENROLLED → ACTIVE → COMPLETED and records each step with who and when', async () => {
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
    const network = await t.given.network({ name: 'MINT-Campus Dachau' });
    const input = { cohortId: cohort.id, networkId: network.id };

    const { inviteNetwork } = await pm.data(INVITE, { input });
    expect(inviteNetwork).toMatchObject({
      status: 'INVITED',
      nextStatuses: ['ENROLLED', 'WAITLISTED', 'WITHDRAWN'],
      network: { name: 'MINT-Campus Dachau' },
    });
    expect((await pm.data(ENROLL, { input })).enrollNetwork.status).toBe('ENROLLED');
    t.clock.advance({ days: 1 });
    expect((await pm.data(ACTIVATE, { id: inviteNetwork.id })).activateParticipation.status).toBe(
      'ACTIVE',
    );
    const { completeParticipation } = await pm.data(COMPLETE, {
      input: { id: inviteNetwork.id, completedOn: '2026-01-16' },
    });
    expect(completeParticipation).toMatchObject({
      status: 'COMPLETED',
      completedOn: '2026-01-16',
      nextStatuses: [],
    });

    const { cohort: read } = await pm.data(
      `query ($id: ID!) { cohort(id: $id) { participations { history { fromStatus toStatus changedAt changedBy { name } } } } }`,
      { id: cohort.id },
    );
    expect(read.participations[0].history).toEqual([
      {
        fromStatus: null,
        toStatus: 'INVITED',
        changedAt: '2026-01-15T09:00:00.000Z',
        changedBy: { name: 'Petra Planer' },
      },
      {
        fromStatus: 'INVITED',
        toStatus: 'ENROLLED',
        changedAt: '2026-01-15T09:00:00.000Z',
        changedBy: { name: 'Petra Planer' },
      },
      {
        fromStatus: 'ENROLLED',
        toStatus: 'ACTIVE',
        changedAt: '2026-01-16T09:00:00.000Z',
        changedBy: { name: 'Petra Planer' },
      },
      {
        fromStatus: 'ACTIVE',
        toStatus: 'COMPLETED',
        changedAt: '2026-01-16T09:00:00.000Z',
        changedBy: { name: 'Petra Planer' },
      },
    ]);
  });

  it('refuses transitions that are not allowed, naming the status, and changes nothing', async () => {
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
    const network = await t.given.network();
    const invited = await t.given.participation(cohort, network, ParticipationStatus.INVITED);

    const skip = await pm.gql(COMPLETE, { input: { id: invited.id } });
    expect(skip.errors?.[0]).toMatchObject({
      message: 'Eine Teilnahme, die eingeladen ist, kann nicht abgeschlossen werden.',
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'status' }] },
    });
    const again = await pm.gql(INVITE, { input: { cohortId: cohort.id, networkId: network.id } });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', fields: [{ field: 'networkId' }] },
    });
    const { cohort: read } = await pm.data(COHORT, { id: cohort.id });
    expect(read.participations).toEqual([{ status: 'INVITED', network: { name: network.name } }]);
  });

  it('puts networks beyond the capacity on the waiting list (not an error) and moves them up in order', async () => {
    const cohort = await t.given.cohort({ capacity: 2, status: CohortStatus.PLANNED });
    const names = ['Alpha-Netz', 'Beta-Netz', 'Gamma-Netz', 'Delta-Netz'];
    const networks = await Promise.all(names.map((name) => t.given.network({ name })));
    const enrolled = [];
    for (const network of networks) {
      enrolled.push(
        (await pm.data(ENROLL, { input: { cohortId: cohort.id, networkId: network.id } }))
          .enrollNetwork,
      );
      t.clock.advance({ minutes: 1 });
    }
    expect(enrolled.map((p) => [p.status, p.waitlistPosition])).toEqual([
      ['ENROLLED', null],
      ['ENROLLED', null],
      ['WAITLISTED', 1],
      ['WAITLISTED', 2],
    ]);
    let read = (await pm.data(COHORT, { id: cohort.id })).cohort;
    expect(read.freeCapacity).toBe(0);
    expect(read.participationCounts).toMatchObject({
      enrolled: 2,
      waitlisted: 2,
      occupying: 2,
      total: 4,
    });
    expect(read.waitingList).toEqual([
      { network: { name: 'Gamma-Netz' }, waitlistPosition: 1 },
      { network: { name: 'Delta-Netz' }, waitlistPosition: 2 },
    ]);

    const full = await pm.gql(MOVE_UP, { cohortId: cohort.id });
    expect(full.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'cohortId' }],
    });

    const noReason = await pm.gql(WITHDRAW, { input: { id: enrolled[0].id, reason: '   ' } });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    const { withdrawParticipation } = await pm.data(WITHDRAW, {
      input: { id: enrolled[0].id, reason: 'Koordinationsstelle nicht besetzt' },
    });
    expect(withdrawParticipation).toMatchObject({
      status: 'WITHDRAWN',
      withdrawnOn: '2026-01-15',
      withdrawalReason: 'Koordinationsstelle nicht besetzt',
    });
    expect((await pm.data(COHORT, { id: cohort.id })).cohort.freeCapacity).toBe(1);

    const { moveUpFromWaitingList } = await pm.data(MOVE_UP, { cohortId: cohort.id });
    expect(moveUpFromWaitingList).toMatchObject({
      status: 'ENROLLED',
      network: { name: 'Gamma-Netz' },
    });
    read = (await pm.data(COHORT, { id: cohort.id })).cohort;
    expect(read.waitingList).toEqual([{ network: { name: 'Delta-Netz' }, waitlistPosition: 1 }]);
    expect(read.freeCapacity).toBe(0);
    expect(read.participationCounts).toMatchObject({ enrolled: 2, waitlisted: 1, withdrawn: 1 });
  });

  it('keeps a freed place for the waiting list: a fresh enrolment queues behind those already waiting', async () => {
    const cohort = await t.given.cohort({ capacity: 1, status: CohortStatus.PLANNED });
    const a = await t.given.network({ name: 'Erstes Netz' });
    const b = await t.given.network({ name: 'Wartendes Netz' });
    const c = await t.given.network({ name: 'Spätes Netz' });
    const enroll = async (networkId: string) => {
      const answer = await pm.data(ENROLL, { input: { cohortId: cohort.id, networkId } });
      t.clock.advance({ minutes: 1 });
      return answer.enrollNetwork;
    };
    const first = await enroll(a.id);
    expect((await enroll(b.id)).status).toBe('WAITLISTED');
    await pm.data(WITHDRAW, { input: { id: first.id, reason: 'Stelle unbesetzt' } });

    expect(await enroll(c.id)).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });
    let read = (await pm.data(COHORT, { id: cohort.id })).cohort;
    expect(read.freeCapacity).toBe(1);
    expect(read.waitingList).toEqual([
      { network: { name: 'Wartendes Netz' }, waitlistPosition: 1 },
      { network: { name: 'Spätes Netz' }, waitlistPosition: 2 },
    ]);

    const { moveUpFromWaitingList } = await pm.data(MOVE_UP, { cohortId: cohort.id });
    expect(moveUpFromWaitingList).toMatchObject({
      status: 'ENROLLED',
      network: { name: 'Wartendes Netz' },
    });
    read = (await pm.data(COHORT, { id: cohort.id })).cohort;
    expect(read.freeCapacity).toBe(0);
    expect(read.waitingList).toEqual([{ network: { name: 'Spätes Netz' }, waitlistPosition: 1 }]);
  });

  it('completes only on a day from the cohort’s start to today, in the programme’s time zone', async () => {
    const programme = await t.given.programme({ timeZone: 'America/New_York' });
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2025-11-24',
      status: CohortStatus.RUNNING,
    });
    const participation = await t.given.participation(cohort, await t.given.network());
    // 02:00 UTC on 16 January is still the 15th in New York (in Berlin it is the 16th).
    t.clock.set('2026-01-16T02:00:00Z');
    for (const completedOn of ['2025-11-23', '2026-01-16']) {
      const answer = await pm.gql(COMPLETE, { input: { id: participation.id, completedOn } });
      expect(answer.errors?.[0]).toMatchObject({
        message:
          'Der Abschluss muss zwischen dem Beginn des Durchgangs (24.11.2025) und heute (15.01.2026) liegen.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'completedOn' }] },
      });
    }
    const { cohort: before } = await pm.data(
      `query ($id: ID!) { cohort(id: $id) { participations { status completedOn } } }`,
      { id: cohort.id },
    );
    expect(before.participations).toEqual([{ status: 'ACTIVE', completedOn: null }]);

    const { completeParticipation } = await pm.data(COMPLETE, { input: { id: participation.id } });
    expect(completeParticipation).toMatchObject({ status: 'COMPLETED', completedOn: '2026-01-15' });
  });

  it('withdraws only on a day from the network’s joining the cohort to today', async () => {
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
    const network = await t.given.network();
    t.clock.set('2026-01-10T09:00:00Z');
    const { enrollNetwork } = await pm.data(ENROLL, {
      input: { cohortId: cohort.id, networkId: network.id },
    });
    t.clock.set('2026-01-15T09:00:00Z');
    for (const withdrawnOn of ['2026-01-09', '2026-01-16']) {
      const answer = await pm.gql(WITHDRAW, {
        input: { id: enrollNetwork.id, reason: 'Förderung ausgelaufen', withdrawnOn },
      });
      expect(answer.errors?.[0]).toMatchObject({
        message:
          'Die Abmeldung muss zwischen der Aufnahme in den Durchgang (10.01.2026) und heute (15.01.2026) liegen.',
        extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'withdrawnOn' }] },
      });
    }
    expect((await pm.data(COHORT, { id: cohort.id })).cohort.participations).toEqual([
      { status: 'ENROLLED', network: { name: network.name } },
    ]);
    const { withdrawParticipation } = await pm.data(WITHDRAW, {
      input: { id: enrollNetwork.id, reason: 'Förderung ausgelaufen', withdrawnOn: '2026-01-10' },
    });
    expect(withdrawParticipation).toMatchObject({ status: 'WITHDRAWN', withdrawnOn: '2026-01-10' });
  });

  it('lets only one of two simultaneous enrolments take the last place', async () => {
    const cohort = await t.given.cohort({ capacity: 1 });
    const [a, b] = await Promise.all([t.given.network(), t.given.network()]);
    const answers = await Promise.all(
      [a, b].map((network) =>
        pm.data(ENROLL, { input: { cohortId: cohort.id, networkId: network.id } }),
      ),
    );
    expect(answers.map((answer) => answer.enrollNetwork.status).sort()).toEqual([
      'ENROLLED',
      'WAITLISTED',
    ]);
  });

  it('takes no new networks into an ended cohort, but still closes the last open participations of a completed one', async () => {
    for (const status of [CohortStatus.COMPLETED, CohortStatus.CANCELLED]) {
      const cohort = await t.given.cohort({ status });
      const network = await t.given.network();
      const answer = await pm.gql(ENROLL, {
        input: { cohortId: cohort.id, networkId: network.id },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        fields: [{ field: 'cohortId' }],
      });
    }
    const completed = await t.given.cohort({
      status: CohortStatus.COMPLETED,
      startDate: '2024-11-25',
      endDate: '2025-10-31',
    });
    const late = await t.given.participation(completed, await t.given.network());
    const { completeParticipation } = await pm.data(COMPLETE, {
      input: { id: late.id, completedOn: completed.endDate },
    });
    expect(completeParticipation.status).toBe('COMPLETED');

    const cancelled = await t.given.cohort({ status: CohortStatus.CANCELLED });
    const stuck = await t.given.participation(cancelled, await t.given.network());
    const refused = await pm.gql(COMPLETE, { input: { id: stuck.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('answers NOT_FOUND naming the field for unknown cohorts, networks and participations', async () => {
    const cohort = await t.given.cohort();
    const network = await t.given.network();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const noCohort = await pm.gql(ENROLL, { input: { cohortId: unknown, networkId: network.id } });
    expect(noCohort.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ field: 'cohortId' }],
    });
    const noNetwork = await pm.gql(ENROLL, { input: { cohortId: cohort.id, networkId: unknown } });
    expect(noNetwork.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ field: 'networkId' }],
    });
    const noParticipation = await pm.gql(ACTIVATE, { id: unknown });
    expect(noParticipation.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await pm.data(COHORT, { id: cohort.id })).cohort.participationCounts.total).toBe(0);
  });

  it('goes on with the successor when a coordinator leaves mid-cohort; the history shows both', async () => {
    const cohort = await t.given.cohort({
      startDate: '2025-11-24',
      endDate: '2026-10-30',
      status: CohortStatus.RUNNING,
    });
    const network = await t.given.network({ name: 'Sensor Space' });
    const first = await t.given.person({ name: 'Frieda Erste' });
    const second = await t.given.person({ name: 'Sören Zweiter' });
    await t.given.coordination(network, first, '2024-01-01');
    await t.given.participation(cohort, network, ParticipationStatus.ACTIVE);

    await pm.data(
      `mutation ($input: SetNetworkCoordinatorInput!) { setNetworkCoordinator(input: $input) { id } }`,
      { input: { networkId: network.id, personId: second.id, startDate: '2026-01-10' } },
    );
    const { cohort: read } = await pm.data(
      `query ($id: ID!) { cohort(id: $id) { participations { status coordinator { name } coordinations { startDate endDate person { name } } } } }`,
      { id: cohort.id },
    );
    expect(read.participations).toEqual([
      {
        status: 'ACTIVE',
        coordinator: { name: 'Sören Zweiter' },
        coordinations: [
          { startDate: '2024-01-01', endDate: '2026-01-09', person: { name: 'Frieda Erste' } },
          { startDate: '2026-01-10', endDate: null, person: { name: 'Sören Zweiter' } },
        ],
      },
    ]);
  });

  it('derives alumni from completed participations: experienced in later cohorts, new otherwise', async () => {
    const programme = await t.given.programme();
    const earlier = await t.given.cohort({
      programmeId: programme.id,
      number: 4,
      startDate: '2023-11-20',
      endDate: '2024-10-25',
      status: CohortStatus.COMPLETED,
    });
    const later = await t.given.cohort({
      programmeId: programme.id,
      number: 5,
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    const alumna = await t.given.person({ name: 'Alma Alumna' });
    const leaver = await t.given.person({ name: 'Lutz Ging' });
    const newcomer = await t.given.person({ name: 'Nele Neu' });
    // Alma completed cohort 4 with network A; Lutz left network B before cohort 4 ended.
    const a = await t.given.network({ name: 'A-Netz' });
    const b = await t.given.network({ name: 'B-Netz' });
    await t.given.coordination(a, alumna, '2023-01-01', '2024-10-31');
    await t.given.coordination(b, leaver, '2023-01-01', '2024-03-31');
    await t.given.coordination(b, newcomer, '2024-04-01');
    await t.given.participation(earlier, a, ParticipationStatus.COMPLETED);
    await t.given.participation(earlier, b, ParticipationStatus.COMPLETED);
    // In cohort 5 Alma coordinates network C, and Lutz network D.
    const c = await t.given.network({ name: 'C-Netz' });
    const d = await t.given.network({ name: 'D-Netz' });
    await t.given.coordination(c, alumna, '2024-11-01');
    await t.given.coordination(d, leaver, '2024-11-01');
    await t.given.participation(later, c, ParticipationStatus.ACTIVE);
    await t.given.participation(later, d, ParticipationStatus.ACTIVE);
    t.clock.set('2025-03-01T09:00:00Z');
    {
      const { cohort } = await pm.data(
        `query ($id: ID!) { cohort(id: $id) { participations { network { name } coordinatorExperience coordinator { name isAlumnus completedCohorts { number } } } } }`,
        { id: later.id },
      );
      expect(cohort.participations).toEqual([
        {
          network: { name: 'C-Netz' },
          coordinatorExperience: 'EXPERIENCED',
          coordinator: { name: 'Alma Alumna', isAlumnus: true, completedCohorts: [{ number: 4 }] },
        },
        {
          network: { name: 'D-Netz' },
          coordinatorExperience: 'NEW',
          coordinator: { name: 'Lutz Ging', isAlumnus: false, completedCohorts: [] },
        },
      ]);
      const { cohort: four } = await pm.data(
        `query ($id: ID!) { cohort(id: $id) { participations { network { name } coordinatorExperience coordinator { name isAlumnus } } } }`,
        { id: earlier.id },
      );
      // In cohort 4 itself, Alma was new; B-Netz completed under Nele, who is therefore an alumna.
      expect(four.participations).toEqual([
        {
          network: { name: 'A-Netz' },
          coordinatorExperience: 'NEW',
          coordinator: { name: 'Alma Alumna', isAlumnus: true },
        },
        {
          network: { name: 'B-Netz' },
          coordinatorExperience: 'NEW',
          coordinator: { name: 'Nele Neu', isAlumnus: true },
        },
      ]);
    }
  });
});
