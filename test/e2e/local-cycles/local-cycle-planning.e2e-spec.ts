import { Bundesland } from '@zyklus/cohorts';
import { GraphQLClient } from '../../support/graphql-client';
import { TestApp } from '../../support/test-app';
import { cohortWithTemplate, coordinator, problem, Q } from './local-cycle-scenario';

describe('planning a local cycle from the programme’s local template', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2025-05-20T09:00:00Z'));
  afterAll(() => t.close());

  it('proposes drafts on working days around the public holidays of the network’s Bundesland', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const bavaria = await coordinator(t, cohort, Bundesland.BAYERN);
    const berlin = await coordinator(t, cohort, Bundesland.BERLIN);

    const plan = (c: typeof bavaria) =>
      c.client.data(Q.plan, {
        input: { participationId: c.participation.id, startDate: '2025-06-05' },
      });
    const { planLocalCycle: inBavaria } = await plan(bavaria);
    const { planLocalCycle: inBerlin } = await plan(berlin);

    const dates = (cycle: any) => cycle.workshops.map((w: any) => [w.title, w.days[0].date]);
    // 5 June + 14 days is Thursday 19 June: Fronleichnam in Bayern, an ordinary day in Berlin.
    expect(dates(inBavaria)).toEqual([
      ['Infoveranstaltung', '2025-06-05'],
      ['Einführung in die Selbstanalyse', '2025-06-20'],
      ['Reflexionsworkshop', '2025-07-18'],
      ['Beratungsgespräche', '2025-08-08'],
    ]);
    expect(dates(inBerlin)).toEqual([
      ['Infoveranstaltung', '2025-06-05'],
      ['Einführung in die Selbstanalyse', '2025-06-19'],
      ['Reflexionsworkshop', '2025-07-17'],
      ['Beratungsgespräche', '2025-08-07'],
    ]);
    expect(inBavaria).toMatchObject({
      status: 'PLANNED',
      readOnly: false,
      network: { bundesland: 'BAYERN' },
    });
    expect(inBavaria.workshops.every((w: any) => w.status === 'DRAFT')).toBe(true);
    // Half a day from the template's 14:00–18:00: ends at 16:00.
    expect(inBavaria.workshops[0].days[0]).toEqual({
      date: '2025-06-05',
      startTime: '14:00',
      endTime: '16:00',
    });

    // Planning again adds nothing; the coordinator finds the cycle as theirs.
    const { planLocalCycle: again } = await plan(bavaria);
    expect(again.workshops).toHaveLength(4);
    const { myLocalCycle } = await bavaria.client.data(Q.mine, { cohortId: cohort.id });
    expect(myLocalCycle.id).toBe(inBavaria.id);
  });

  it('keeps a day the coordinator picks on a holiday and names the holiday', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const c = await coordinator(t, cohort, Bundesland.BAYERN);
    const { planLocalCycle: cycle } = await c.client.data(Q.plan, {
      input: { participationId: c.participation.id, startDate: '2025-06-02' },
    });
    const { rescheduleLocalWorkshop } = await c.client.data(Q.reschedule, {
      input: {
        id: cycle.workshops[0].id,
        days: [{ date: '2025-08-15', startTime: '10:00', endTime: '12:00' }],
      },
    });
    const moved = rescheduleLocalWorkshop.workshops.find(
      (w: any) => w.id === cycle.workshops[0].id,
    );
    expect(moved.days).toEqual([{ date: '2025-08-15', startTime: '10:00', endTime: '12:00' }]);
    // Mariä Himmelfahrt is a holiday in Saarland (and Bavarian Catholic communities).
    const { updateLocalWorkshop } = await c.client.data(Q.updateWorkshop, {
      input: { id: moved.id, bundesland: 'SAARLAND' },
    });
    expect(updateLocalWorkshop.workshops.find((w: any) => w.id === moved.id).holidays).toEqual([
      { date: '2025-08-15', name: 'Mariä Himmelfahrt' },
    ]);
    const { rescheduleLocalWorkshop: onUnity } = await c.client.data(Q.reschedule, {
      input: { id: moved.id, days: [{ date: '2025-10-03', startTime: '10:00', endTime: '12:00' }] },
    });
    expect(onUnity.workshops.find((w: any) => w.id === moved.id).holidays).toEqual([
      { date: '2025-10-03', name: 'Tag der Deutschen Einheit' },
    ]);
  });

  it('reuses the cohort workshops’ day rules and publication checks', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const c = await coordinator(t, cohort);
    const { planLocalCycle: cycle } = await c.client.data(Q.plan, {
      input: { participationId: c.participation.id, startDate: '2025-06-02' },
    });
    const [info, intro] = cycle.workshops;

    const backwards = await c.client.gql(Q.reschedule, {
      input: { id: info.id, days: [{ date: '2025-06-03', startTime: '12:00', endTime: '10:00' }] },
    });
    expect(problem(backwards)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days.0.endTime' });

    // An online workshop needs its link before it is published.
    const noLink = await c.client.gql(Q.publish, { id: info.id });
    expect(problem(noLink)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'onlineUrl' });

    await c.client.data(Q.updateWorkshop, {
      input: { id: info.id, onlineUrl: 'https://meet.example.org/info' },
    });
    const { publishLocalWorkshop } = await c.client.data(Q.publish, { id: info.id });
    // The first published workshop starts the cycle.
    expect(publishLocalWorkshop.status).toBe('RUNNING');

    await c.client.data(Q.updateWorkshop, {
      input: { id: intro.id, place: { name: 'Rathaus' } },
    });
    await c.client.data(Q.reschedule, {
      input: { id: intro.id, days: info.days.map((d: any) => ({ ...d })) },
    });
    const clash = await c.client.gql(Q.publish, { id: intro.id });
    expect(problem(clash)).toMatchObject({ code: 'CONFLICT', reason: 'OVERLAPS_PUBLISHED' });
  });

  it('refuses planning for someone else’s network, and without a template', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const mine = await coordinator(t, cohort);
    const other = await coordinator(t, cohort);
    const foreign = await mine.client.gql(Q.plan, {
      input: { participationId: other.participation.id, startDate: '2025-06-02' },
    });
    expect(problem(foreign)).toEqual({
      code: 'FORBIDDEN',
      reason: 'NOT_OWN_NETWORK',
      field: 'participationId',
    });

    const bare = await t.given.cohort({ status: cohort.status });
    const lonely = await coordinator(t, bare);
    const none = await lonely.client.gql(Q.plan, {
      input: { participationId: lonely.participation.id, startDate: '2025-06-02' },
    });
    expect(problem(none)).toMatchObject({ code: 'CONFLICT', reason: 'NO_LOCAL_TEMPLATE' });
    const { myLocalCycle } = await lonely.client.data(Q.mine);
    expect(myLocalCycle).toBeNull();
  });
});
