import { Bundesland, NetworkKind } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const NETWORK_FIELDS = `id name kind bundesland city website`;
const CREATE = `mutation ($input: CreateNetworkInput!) { createNetwork(input: $input) { ${NETWORK_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateNetworkInput!) { updateNetwork(input: $input) { ${NETWORK_FIELDS} } }`;
const SET_COORDINATOR = `mutation ($input: SetNetworkCoordinatorInput!) {
  setNetworkCoordinator(input: $input) {
    currentCoordinator { name }
    coordinations { startDate endDate person { name } }
  }
}`;
const END_COORDINATION = `mutation ($input: EndNetworkCoordinationInput!) {
  endNetworkCoordination(input: $input) { currentCoordinator { name } coordinations { endDate } }
}`;
const NETWORKS = `query ($kind: NetworkKind, $bundesland: Bundesland, $search: String, $first: Int, $after: String) {
  networks(kind: $kind, bundesland: $bundesland, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { name }
  }
}`;

describe('networks and their coordinators', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
    t.clock.set('2026-05-04T08:00:00Z');
  });
  afterAll(() => t.close());

  const magdeMint = {
    name: 'MagdeMINT',
    kind: 'MINT_REGION',
    bundesland: 'SACHSEN_ANHALT',
    city: 'Magdeburg',
    website: 'https://www.magdemint.example.org',
  };

  it('adds a network and changes it; the name is unique regardless of case', async () => {
    const { createNetwork } = await pm.data(CREATE, { input: magdeMint });
    expect(createNetwork).toMatchObject(magdeMint);

    const duplicate = await pm.gql(CREATE, { input: { ...magdeMint, name: 'magdemint ' } });
    expect(duplicate.errors?.[0]).toMatchObject({
      message: 'Es gibt schon ein Netzwerk namens „magdemint“.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'name' }] },
    });

    const { updateNetwork } = await pm.data(UPDATE, {
      input: { id: createNetwork.id, city: 'Magdeburg (Elbe)', website: null },
    });
    expect(updateNetwork).toMatchObject({
      name: 'MagdeMINT',
      city: 'Magdeburg (Elbe)',
      website: null,
    });
  });

  it('refuses an unknown Bundesland, an empty city and a website without http(s), naming the field', async () => {
    const unknownState = await pm.gql(CREATE, {
      input: { ...magdeMint, name: 'Netz A', bundesland: 'BAVARIA' },
    });
    expect(unknownState.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(unknownState.errors)).toContain('bundesland');

    const bad = await pm.gql(CREATE, {
      input: { ...magdeMint, name: 'Netz B', city: '  ', website: 'ftp://netz-b.example.org' },
    });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'city', message: expect.any(String) },
        { field: 'website', message: expect.any(String) },
      ],
    });
    const { networks } = await pm.data(NETWORKS, { search: 'Netz ' });
    expect(networks.totalCount).toBe(0);
  });

  it('finds networks by kind, state and part of the name or city, page by page', async () => {
    await t.given.network({
      name: 'Zukunftswerker',
      kind: NetworkKind.MINT_REGION,
      bundesland: Bundesland.BAYERN,
      city: 'Landshut',
    });
    await t.given.network({
      name: 'MINTmobil Bamberg',
      kind: NetworkKind.MINT_REGION,
      bundesland: Bundesland.BAYERN,
      city: 'Bamberg',
    });
    await t.given.network({
      name: 'zdi-Zentrum Solingen',
      kind: NetworkKind.ZDI_ZENTRUM,
      bundesland: Bundesland.NORDRHEIN_WESTFALEN,
      city: 'Solingen',
    });

    const bavaria = await pm.data(NETWORKS, { bundesland: 'BAYERN' });
    expect(bavaria.networks.nodes.map((n: { name: string }) => n.name)).toEqual([
      'MINTmobil Bamberg',
      'Zukunftswerker',
    ]);
    const zdi = await pm.data(NETWORKS, { kind: 'ZDI_ZENTRUM' });
    expect(zdi.networks.nodes).toEqual([{ name: 'zdi-Zentrum Solingen' }]);
    const byCity = await pm.data(NETWORKS, { search: 'landsh' });
    expect(byCity.networks.nodes).toEqual([{ name: 'Zukunftswerker' }]);

    const first = await pm.data(NETWORKS, { bundesland: 'BAYERN', first: 1 });
    expect(first.networks).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await pm.data(NETWORKS, {
      bundesland: 'BAYERN',
      first: 1,
      after: first.networks.pageInfo.endCursor,
    });
    expect(second.networks.nodes).toEqual([{ name: 'Zukunftswerker' }]);
    expect(second.networks.pageInfo.hasNextPage).toBe(false);
  });

  it('hands a network over to a successor: the predecessor’s period ends the day before, both stay in the history', async () => {
    const network = await t.given.network();
    const anna = await t.given.person({ name: 'Anna Alt' });
    const bernd = await t.given.person({ name: 'Bernd Neu' });

    await pm.data(SET_COORDINATOR, {
      input: { networkId: network.id, personId: anna.id, startDate: '2024-09-01' },
    });
    const { setNetworkCoordinator } = await pm.data(SET_COORDINATOR, {
      input: { networkId: network.id, personId: bernd.id, startDate: '2026-03-01' },
    });
    expect(setNetworkCoordinator).toEqual({
      currentCoordinator: { name: 'Bernd Neu' },
      coordinations: [
        { startDate: '2024-09-01', endDate: '2026-02-28', person: { name: 'Anna Alt' } },
        { startDate: '2026-03-01', endDate: null, person: { name: 'Bernd Neu' } },
      ],
    });
  });

  it('refuses coordinator periods that overlap, and one that is already running, changing nothing', async () => {
    const network = await t.given.network();
    const anna = await t.given.person({ name: 'Anna Früher' });
    const bernd = await t.given.person({ name: 'Bernd Später' });
    await t.given.coordination(network, anna, '2023-01-01', '2024-12-31');
    await t.given.coordination(network, bernd, '2025-01-01');

    const overlapping = await pm.gql(SET_COORDINATOR, {
      input: { networkId: network.id, personId: anna.id, startDate: '2024-06-01' },
    });
    expect(overlapping.errors?.[0]).toMatchObject({
      message:
        'Anna Früher koordiniert dieses Netzwerk vom 01.01.2023 bis 31.12.2024; der neue Zeitraum muss danach beginnen.',
      extensions: { code: 'CONFLICT', fields: [{ field: 'startDate' }] },
    });
    const same = await pm.gql(SET_COORDINATOR, {
      input: { networkId: network.id, personId: bernd.id, startDate: '2026-01-01' },
    });
    expect(same.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'personId' }],
    });
    const unknown = await pm.gql(SET_COORDINATOR, {
      input: {
        networkId: network.id,
        personId: '00000000-0000-4000-8000-000000000000',
        startDate: '2026-06-01',
      },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ field: 'personId' }],
    });

    const { network: after } = await pm.data(
      'query ($id: ID!) { network(id: $id) { coordinations { startDate endDate } } }',
      { id: network.id },
    );
    expect(after.coordinations).toEqual([
      { startDate: '2023-01-01', endDate: '2024-12-31' },
      { startDate: '2025-01-01', endDate: null },
    ]);
  });

  it('ends a coordination without successor; the network then has no current coordinator', async () => {
    const network = await t.given.network();
    await t.given.coordination(network, await t.given.person(), '2025-01-01');

    const tooEarly = await pm.gql(END_COORDINATION, {
      input: { networkId: network.id, endDate: '2024-12-31' },
    });
    expect(tooEarly.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endDate' }],
    });
    const { endNetworkCoordination } = await pm.data(END_COORDINATION, {
      input: { networkId: network.id, endDate: '2026-04-30' },
    });
    expect(endNetworkCoordination).toEqual({
      currentCoordinator: null,
      coordinations: [{ endDate: '2026-04-30' }],
    });
    const again = await pm.gql(END_COORDINATION, {
      input: { networkId: network.id, endDate: '2026-05-31' },
    });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('answers NOT_FOUND for an unknown network', async () => {
    const answer = await pm.gql(
      'query { network(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(answer.errors?.[0]).toMatchObject({
      message: 'Netzwerk nicht gefunden.',
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
