import { GraphQLClient } from '../../support/graphql-client';
import { TestApp } from '../../support/test-app';
import { cohortWithTemplate, coordinator, problem, Q } from './local-cycle-scenario';

describe('a network’s MINT-Initiativen', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  beforeEach(() => t.clock.set('2025-05-20T09:00:00Z'));
  afterAll(() => t.close());

  const initiative = (networkId: string, name: string, city: string, extra = {}) => ({
    input: { networkId, name, kind: 'SCHUELERLABOR', city, ...extra },
  });

  it('answers a near-duplicate with the candidates and adds it only when asked to anyway', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const c = await coordinator(t, cohort);
    const n = c.network.id;
    await c.client.data(Q.addInitiative, initiative(n, 'Schülerlabor Ostalb e.V.', 'Aalen'));
    await c.client.data(Q.addInitiative, initiative(n, 'Sternwarte Aalen', 'Aalen'));

    // Same initiative written differently, and a typo in the name.
    for (const [name, city] of [
      ['Schuelerlabor Ostalb', 'Aalen'],
      ['Schülerlabr Ostalb', 'AALEN'],
    ] as const) {
      const answer = await c.client.gql(Q.addInitiative, initiative(n, name, city));
      expect(problem(answer)).toEqual({
        code: 'CONFLICT',
        reason: 'POSSIBLE_DUPLICATE',
        field: 'name',
      });
      expect(answer.errors![0]!.message).toContain('„Schülerlabor Ostalb e.V.“ (Aalen)');
    }
    const { similarInitiatives } = await c.client.data(Q.similar, {
      networkId: n,
      name: 'Schuelerlabor Ostalb',
      city: 'Aalen',
    });
    expect(similarInitiatives.map((i: any) => i.name)).toEqual(['Schülerlabor Ostalb e.V.']);
    // Nothing half-written: still two initiatives.
    expect((await c.client.data(Q.initiatives, { networkId: n })).initiatives).toHaveLength(2);

    // The same name in another city is another initiative; "add anyway" adds a close one.
    await c.client.data(Q.addInitiative, initiative(n, 'Schülerlabor Ostalb', 'Ellwangen'));
    await c.client.data(
      Q.addInitiative,
      initiative(n, 'Schuelerlabor Ostalb', 'Aalen', { addAnyway: true }),
    );
    // Renaming into a duplicate is checked too.
    const { addInitiative: club } = await c.client.data(
      Q.addInitiative,
      initiative(n, 'Robotik-Club', 'Aalen'),
    );
    const rename = await c.client.gql(Q.updateInitiative, {
      input: { id: club.id, name: 'Sternwarte Aalen' },
    });
    expect(problem(rename).reason).toBe('POSSIBLE_DUPLICATE');
    expect((await c.client.data(Q.initiatives, { networkId: n })).initiatives).toHaveLength(5);
  });

  it('keeps initiatives to their network: another coordinator is refused, program managers never see contacts', async () => {
    const { cohort } = await cohortWithTemplate(t, pm);
    const mine = await coordinator(t, cohort);
    const other = await coordinator(t, cohort);
    const contact = {
      name: 'Dr. Lena Vogt',
      email: 'lena.vogt@example.org',
      consentOn: '2025-05-02',
    };
    const { addInitiative } = await mine.client.data(
      Q.addInitiative,
      initiative(mine.network.id, 'MINT-Werkstatt', 'Heilbronn', { contact }),
    );
    expect(addInitiative.contact).toEqual(contact);

    for (const answer of [
      await other.client.gql(Q.initiatives, { networkId: mine.network.id }),
      await other.client.gql(Q.addInitiative, initiative(mine.network.id, 'Fremd', 'Ulm')),
      await other.client.gql(Q.updateInitiative, { input: { id: addInitiative.id, name: 'X' } }),
    ]) {
      expect(problem(answer)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_OWN_NETWORK' });
    }

    // Program managers see the initiative, never its contact person, and cannot set one.
    const { initiatives } = await pm.data(Q.initiatives, { networkId: mine.network.id });
    expect(initiatives).toEqual([{ id: addInitiative.id, name: 'MINT-Werkstatt', contact: null }]);
    const pmContact = await pm.gql(
      Q.addInitiative,
      initiative(mine.network.id, 'Noch eine', 'Heilbronn', { contact }),
    );
    expect(problem(pmContact)).toEqual({
      code: 'FORBIDDEN',
      reason: 'CONTACT_DATA_COORDINATOR_ONLY',
      field: 'contact',
    });
  });
});
