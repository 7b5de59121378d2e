import { ParticipationStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { GraphQLClient } from '../../support/graphql-client';
import { TestApp } from '../../support/test-app';
import { cohortWithTemplate, coordinator, problem, Q } from './local-cycle-scenario';

type Coordinator = Awaited<ReturnType<typeof coordinator>>;

describe('the local-cycle overview of a cohort (page and CSV)', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2025-05-20T09:00:00Z'));
  afterAll(() => t.close());

  /**
   * A network with `initiatives` initiatives (with consenting contacts), all enrolled, a cycle
   * with its first workshop held, and the first `advanced` of them moved to PREPARING.
   */
  async function networkWithCycle(c: Coordinator, initiatives: number, advanced: number) {
    const ids: string[] = [];
    for (let i = 0; i < initiatives; i++) {
      const { addInitiative } = await c.client.data(Q.addInitiative, {
        input: {
          networkId: c.network.id,
          name: `Initiative ${i + 1} ${c.network.name}`,
          kind: 'VEREIN',
          city: `Ort ${i + 1}`,
          contact: {
            name: `Kontakt ${i}`,
            email: `kontakt${i}.${c.network.id.slice(0, 6)}@example.org`,
            consentOn: '2025-05-01',
          },
        },
      });
      ids.push(addInitiative.id);
    }
    const { planLocalCycle: cycle } = await c.client.data(Q.plan, {
      input: { participationId: c.participation.id, startDate: '2025-06-02' },
    });
    const { enrolInitiatives } = await c.client.data(Q.enrol, {
      input: { localCycleId: cycle.id, initiativeIds: ids },
    });
    await c.client.data(Q.updateWorkshop, {
      input: { id: cycle.workshops[0].id, onlineUrl: 'https://meet.example.org/x' },
    });
    await c.client.data(Q.publish, { id: cycle.workshops[0].id });
    await c.client.data(Q.held, { id: cycle.workshops[0].id });
    await c.client.data(Q.attendance, {
      input: {
        localCycleId: cycle.id,
        cells: ids.map((initiativeId) => ({
          localWorkshopId: cycle.workshops[0].id,
          initiativeId,
          status: 'ATTENDED',
        })),
      },
    });
    for (const enrolment of enrolInitiatives.enrolments.slice(0, advanced)) {
      await c.client.data(Q.phase, { input: { enrolmentId: enrolment.id, phase: 'PREPARING' } });
    }
    return { cycle, ids };
  }

  it('shows per network and in total what was hand-counted, and the coordinator only their own', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const a = await coordinator(t, cohort, undefined, 'A-Netz');
    const b = await coordinator(t, cohort, undefined, 'B-Netz');
    await coordinator(t, cohort, undefined, 'C-Netz'); // no local cycle yet
    await networkWithCycle(a, 3, 2);
    const { cycle: bCycle, ids: bIds } = await networkWithCycle(b, 2, 0);
    // B: one more initiative invited only, one workshop cancelled; B completes its cycle.
    const { addInitiative } = await b.client.data(Q.addInitiative, {
      input: { networkId: b.network.id, name: 'Nur eingeladen', kind: 'MUSEUM', city: 'Bamberg' },
    });
    await b.client.data(Q.enrol, {
      input: { localCycleId: bCycle.id, initiativeIds: [addInitiative.id], status: 'INVITED' },
    });
    await b.client.data(Q.cancel, { input: { id: bCycle.workshops[3].id, reason: 'Ferien' } });
    await b.client.data(Q.status, { input: { id: bCycle.id, status: 'COMPLETED' } });
    expect(bIds).toHaveLength(2);

    const { localCycleOverview } = await pm.data(Q.overview, { cohortId: cohort.id });
    const phases = (prep: number, none: number) => [
      { phase: 'NOT_STARTED', count: none },
      { phase: 'PREPARING', count: prep },
      { phase: 'SELF_ANALYSIS_DONE', count: 0 },
      { phase: 'REFLECTED', count: 0 },
      { phase: 'ADVISED', count: 0 },
      { phase: 'IMPROVEMENT_PLANNED', count: 0 },
    ];
    expect(localCycleOverview.rows.map(({ lastActivityAt: _at, ...row }: any) => row)).toEqual([
      {
        networkName: 'A-Netz',
        cycleStatus: 'RUNNING',
        initiativesInvited: 0,
        initiativesEnrolled: 3,
        workshopsPlanned: 4,
        workshopsHeld: 1,
        phases: phases(2, 1),
      },
      {
        networkName: 'B-Netz',
        cycleStatus: 'COMPLETED',
        initiativesInvited: 1,
        initiativesEnrolled: 2,
        workshopsPlanned: 3,
        workshopsHeld: 1,
        phases: phases(0, 2),
      },
      {
        networkName: 'C-Netz',
        cycleStatus: null,
        initiativesInvited: 0,
        initiativesEnrolled: 0,
        workshopsPlanned: 0,
        workshopsHeld: 0,
        phases: phases(0, 0),
      },
    ]);
    expect(localCycleOverview.rows[0].lastActivityAt).toBe('2025-05-20T09:00:00.000Z');
    expect(localCycleOverview.rows[2].lastActivityAt).toBeNull();
    expect(localCycleOverview.totals).toEqual({
      networks: 3,
      networksWithCycle: 2,
      initiativesEnrolled: 5,
      workshopsHeld: 2,
      phases: phases(2, 3),
    });

    const own = await a.client.data(Q.overview, { cohortId: cohort.id });
    expect(own.localCycleOverview.rows.map((r: any) => r.networkName)).toEqual(['A-Netz']);
    const stranger = await t.as(await t.given.person());
    expect(problem(await stranger.gql(Q.overview, { cohortId: cohort.id })).code).toBe('FORBIDDEN');
  });

  it('never gives program managers an initiative’s contact data: not by GraphQL, not in the CSV', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const a = await coordinator(t, cohort, undefined, '=HYPERLINK("http://evil")');
    const { cycle } = await networkWithCycle(a, 2, 1);

    const { localCycle } = await pm.data(Q.cycle, { id: cycle.id });
    expect(localCycle.enrolments.map((e: any) => e.initiative.contact)).toEqual([null, null]);
    const { myLocalCycle } = await pm.data(Q.mine, { cohortId: cohort.id });
    expect(myLocalCycle).toBeNull();
    const { initiatives } = await pm.data(Q.initiatives, { networkId: a.network.id });
    expect(initiatives.every((i: any) => i.contact === null)).toBe(true);
    // The coordinator does see them.
    const { localCycle: theirs } = await a.client.data(Q.cycle, { id: cycle.id });
    expect(theirs.enrolments[0].initiative.contact.email).toMatch(/@example\.org$/);

    const csv = await t.download(`/exports/cohorts/${cohort.id}/local-cycles.csv`, {
      authorization: `Bearer ${await t.tokenFor(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }))}`,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv.text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Netzwerk;Zyklus vor Ort;Initiativen eingeladen;Initiativen angemeldet;Workshops geplant;Workshops durchgeführt;nicht begonnen;in Vorbereitung;Selbstanalyse durchgeführt;reflektiert;beraten;Verbesserung geplant;Letzte Aktivität',
    );
    // The formula-like network name is neutralised; figures as on the page.
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"")";läuft;0;2;4;1;1;1;0;0;0;0;20.05.2025`);
    expect(lines[2]).toBe('Summe;1/1;;2;;1;1;1;0;0;0;0;');
    expect(csv.text).not.toMatch(/example\.org|Kontakt/);

    const otherCoordinator = await coordinator(t, await t.given.cohort());
    const denied = await t.download(`/exports/cohorts/${cohort.id}/local-cycles.csv`, {
      authorization: `Bearer ${await t.tokenFor(otherCoordinator.person)}`,
    });
    expect(denied.status).toBe(403);
  });

  it('reads the overview and myLocalCycle with the same number of statements for 1 or 3 networks and 1 or 4 initiatives', async () => {
    const measure = async (networks: number, initiatives: number) => {
      const { cohort } = await cohortWithTemplate(t, pm);
      const made: Coordinator[] = [];
      for (let i = 0; i < networks; i++) {
        const c = await coordinator(t, cohort);
        await networkWithCycle(c, initiatives, Math.min(2, initiatives));
        made.push(c);
      }
      const count = async (run: () => Promise<unknown>) => {
        await run();
        return t.countStatements(run);
      };
      return {
        overview: await count(() => pm.data(Q.overview, { cohortId: cohort.id })),
        mine: await count(() => made[0]!.client.data(Q.mine, { cohortId: cohort.id })),
      };
    };
    const small = await measure(1, 1);
    const large = await measure(3, 4);
    expect(large).toEqual(small);
    expect(small.overview).toBeLessThanOrEqual(3);
    expect(small.mine).toBeLessThanOrEqual(10);
  }, 120_000); // many mutations to set up: slow on a loaded machine

  it('keeps a participation that has withdrawn out of the overview', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    await t.given.coordinatorIn(cohort, ParticipationStatus.WITHDRAWN);
    const { localCycleOverview } = await pm.data(Q.overview, { cohortId: cohort.id });
    expect(localCycleOverview.rows).toEqual([]);
  });
});
