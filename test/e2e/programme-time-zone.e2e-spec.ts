import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const OVERVIEW = `query ($id: ID!) {
  cohortOverview(id: $id) { participations { network { name } coordinator { name } } }
}`;
const COHORT = `query ($id: ID!) {
  cohort(id: $id) { participations { network { name } } myParticipation { network { name } } }
}`;

/**
 * "Today" is the programme's: a cohort of a programme in Auckland has its days counted there,
 * whatever the server's time zone (TZ, Europe/Berlin here). At 12:00 UTC on 15 January it is
 * the 15th in Berlin and already the 16th in Auckland.
 */
describe('one today: every cohort counts its days in its programme’s time zone', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start({ TZ: 'Europe/Berlin' });
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2026-01-15T12:00:00Z'));
  afterAll(() => t.close());

  /** A running cohort of a programme in `timeZone`; a network handed over on 16 January. */
  let run = 0;
  async function handOverOn16th(timeZone: string) {
    run += 1;
    const programme = await t.given.programme({ timeZone });
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2025-11-24',
      endDate: '2026-10-30',
      status: CohortStatus.RUNNING,
    });
    const network = await t.given.network({ name: `Netz ${timeZone} ${run}` });
    const olga = await t.given.person({ name: `Olga ${timeZone}` });
    const nina = await t.given.person({ name: `Nina ${timeZone}` });
    await t.given.coordination(network, olga, '2024-01-01', '2026-01-15');
    await t.given.coordination(network, nina, '2026-01-16');
    await t.given.participation(cohort, network, ParticipationStatus.ACTIVE);
    const fellow = await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE, undefined, {
      name: `Nachbarnetz ${timeZone} ${run}`,
    });
    return { cohort, network, olga, nina, fellow };
  }

  it('names the successor as coordinator where the hand-over day has come, the predecessor where it has not', async () => {
    const auckland = await handOverOn16th('Pacific/Auckland');
    const berlin = await handOverOn16th('Europe/Berlin');

    const coordinatorIn = async (cohortId: string, network: string) => {
      const { cohortOverview } = await pm.data(OVERVIEW, { id: cohortId });
      return cohortOverview.participations.find((p: any) => p.network.name === network).coordinator
        .name;
    };
    expect(await coordinatorIn(auckland.cohort.id, auckland.network.name)).toBe(
      'Nina Pacific/Auckland',
    );
    expect(await coordinatorIn(berlin.cohort.id, berlin.network.name)).toBe('Olga Europe/Berlin');
  });

  it('lets the successor in Auckland see her fellow participants from her first day there', async () => {
    const { cohort, network, nina, fellow } = await handOverOn16th('Pacific/Auckland');

    const { cohort: seen } = await (await t.as(nina)).data(COHORT, { id: cohort.id });
    expect(seen.myParticipation).toEqual({ network: { name: network.name } });
    expect(seen.participations.map((p: any) => p.network.name).sort()).toEqual(
      [network.name, fellow.network.name].sort(),
    );
  });
});
