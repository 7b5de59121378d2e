import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const CREATE = `mutation ($input: CreateProgrammeInput!) {
  createProgramme(input: $input) { id name timeZone defaultLanguage }
}`;

describe('programmes over GraphQL', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  afterAll(() => t.close());

  it('creates a programme with Europe/Berlin and German as defaults', async () => {
    const { createProgramme } = await pm.data(CREATE, {
      input: { name: 'MINT-Qualitätsoffensive' },
    });
    expect(createProgramme).toMatchObject({
      name: 'MINT-Qualitätsoffensive',
      timeZone: 'Europe/Berlin',
      defaultLanguage: 'DE',
    });

    const { programme } = await pm.data(`query ($id: ID!) { programme(id: $id) { id name } }`, {
      id: createProgramme.id,
    });
    expect(programme).toEqual({ id: createProgramme.id, name: 'MINT-Qualitätsoffensive' });
  });

  it('lists programmes by name', async () => {
    await pm.data(CREATE, {
      input: { name: 'Zukunft MINT', timeZone: 'Europe/Vienna', defaultLanguage: 'EN' },
    });
    await pm.data(CREATE, { input: { name: 'Aufbruch MINT' } });
    const { programmes } = await pm.data(`{ programmes { name timeZone defaultLanguage } }`);
    const names = programmes.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(programmes).toContainEqual({
      name: 'Zukunft MINT',
      timeZone: 'Europe/Vienna',
      defaultLanguage: 'EN',
    });
  });

  it('refuses a duplicate name with CONFLICT on name', async () => {
    await pm.data(CREATE, { input: { name: 'Doppelt' } });
    const answer = await pm.gql(CREATE, { input: { name: 'Doppelt' } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'name' }],
    });
    expect(answer.errors?.[0]?.message).toBe('Es gibt bereits ein Programm namens „Doppelt“.');
  });

  it('refuses a name that differs only in case, like network names', async () => {
    await pm.data(CREATE, { input: { name: 'MINT-Offensive Nord' } });
    const answer = await pm.gql(CREATE, { input: { name: 'mint-offensive NORD' } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'name' }],
    });
  });

  it('refuses an unknown time zone and an empty name, naming both fields', async () => {
    const answer = await pm.gql(CREATE, { input: { name: ' ', timeZone: 'Europe/Atlantis' } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        { field: 'name', message: 'Darf nicht leer sein.', reason: 'NOT_EMPTY' },
        {
          field: 'timeZone',
          message: 'Muss eine IANA-Zeitzone sein, z. B. Europe/Berlin.',
          reason: 'TIME_ZONE',
        },
      ]),
    });
  });

  it('answers NOT_FOUND for an unknown programme', async () => {
    const answer = await pm.gql(
      `query { programme(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    );
    expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(answer.errors?.[0]?.message).toBe('Programm nicht gefunden.');
  });
});
