import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AccessTokenService, Role } from '@zyklus/identity';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { TestApp } from '../support/test-app';

/** The only operations anyone may call without signing in. */
const PUBLIC_OPERATIONS = ['Mutation.requestSignInLink', 'Mutation.signIn'];

/** A value of `type` that passes GraphQL's own checks, so the request reaches the server. */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = {
      ID: '00000000-0000-4000-8000-000000000000',
      String: 'x',
      Int: 1,
      Float: 1,
      Boolean: true,
      LocalDate: '2025-01-01',
      LocalTime: '09:00',
      DateTime: '2025-01-01T00:00:00Z',
    };
    if (!(type.name in samples)) throw new Error(`No sample for scalar ${type.name}`);
    return samples[type.name];
  }
  throw new Error(`No sample for ${String(type)}`);
}

/** A document calling one root field with every argument as a variable. */
function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = Object.fromEntries(field.args.map((arg) => [arg.name, sample(arg.type)]));
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passing = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`,
    variables,
  };
}

function rootFields(schema: GraphQLSchema) {
  return [
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).map((f) => ['query', f] as const),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map(
      (f) => ['mutation', f] as const,
    ),
  ];
}

describe('access rules', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.close());

  it('refuses every non-public query and mutation without a token (schema walk)', async () => {
    const fields = rootFields(t.app.get(GraphQLSchemaHost).schema);
    expect(fields.length).toBeGreaterThan(10);
    const open: string[] = [];
    for (const [kind, field] of fields) {
      const name = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
      if (PUBLIC_OPERATIONS.includes(name)) continue;
      const { query, variables } = documentFor(kind, field);
      const answer = await t.anonymous.gql(query, variables);
      if (answer.errors?.[0]?.extensions?.code !== 'UNAUTHENTICATED') {
        open.push(`${name}: ${JSON.stringify(answer.errors ?? answer.data)}`);
      }
    }
    expect(open).toEqual([]);
  });

  it('says in German that one must sign in', async () => {
    const answer = await t.anonymous.gql('{ programmes { id } }');
    expect(answer.errors?.[0]).toMatchObject({
      message: 'Bitte melden Sie sich an.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(answer.data).toBeNull();
  });

  it('refuses a forged, a malformed and an expired access token', async () => {
    const person = await t.given.person();
    const signedIn = await t.as(person);
    expect((await signedIn.data('{ me { id } }')).me.id).toBe(person.id);

    const { token } = await t.app.get(AccessTokenService).issue(person.id);
    const [header, payload] = token.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload!, 'base64url').toString()),
        sub: 'someone-else',
      }),
    ).toString('base64url');
    for (const bad of [
      `${header}.${forgedPayload}.${token.split('.')[2]}`,
      'not-a-jwt',
      `${token}x`,
    ]) {
      const answer = await t.anonymous
        .with({ authorization: `Bearer ${bad}` })
        .gql('{ me { id } }');
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }

    t.clock.advance({ hours: 13 });
    try {
      const expired = await signedIn.gql('{ me { id } }');
      expect(expired.errors?.[0]).toMatchObject({
        message: 'Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich neu an.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    } finally {
      t.clock.advance({ hours: -13 });
    }
  });

  it('refuses the token of a person who has been deleted', async () => {
    const person = await t.given.person();
    const signedIn = await t.as(person);
    await t.given.deletePerson(person.id);
    const answer = await signedIn.gql('{ me { id } }');
    expect(answer.errors?.[0]).toMatchObject({
      message: 'Dieses Konto gibt es nicht mehr.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  describe('a coordinator (no role)', () => {
    it('may read the cohort they take part in but not create, change or move cohorts (FORBIDDEN), and nothing is written', async () => {
      const cohort = await t.given.cohort();
      const { person } = await t.given.coordinatorIn(cohort, undefined, {
        name: 'Clara Koordinatorin',
      });
      const coordinator = await t.as(person);

      const read = await coordinator.data('query ($id: ID!) { cohort(id: $id) { title } }', {
        id: cohort.id,
      });
      expect(read.cohort.title).toBe(cohort.title);

      const attempts = [
        [
          'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
          {
            input: {
              programmeId: cohort.programmeId,
              number: 99,
              title: 'Heimlich',
              startDate: '2026-01-01',
              endDate: '2026-12-31',
              capacity: 5,
            },
          },
        ],
        [
          'mutation ($input: UpdateCohortInput!) { updateCohort(input: $input) { id } }',
          { input: { id: cohort.id, title: 'Umbenannt' } },
        ],
        [
          'mutation ($input: ChangeCohortStatusInput!) { changeCohortStatus(input: $input) { id } }',
          { input: { id: cohort.id, status: 'CANCELLED' } },
        ],
        [
          'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
          { input: { name: 'Schattenprogramm' } },
        ],
      ] as const;
      for (const [document, variables] of attempts) {
        const answer = await coordinator.gql(document, variables);
        expect(answer.errors?.[0]).toMatchObject({
          message: 'Das dürfen nur Programm-Manager:innen.',
          extensions: { code: 'FORBIDDEN' },
        });
      }
      const after = await (
        await t.manager()
      ).data('query ($id: ID!) { cohort(id: $id) { title status } }', { id: cohort.id });
      expect(after.cohort).toEqual({ title: cohort.title, status: 'PLANNED' });
      const programmes = await (await t.manager()).data('{ programmes { name } }');
      expect(programmes.programmes).not.toContainEqual({ name: 'Schattenprogramm' });
    });

    it('sees only themselves among people, and others as NOT_FOUND', async () => {
      const self = await t.given.person();
      const other = await t.given.person();
      const coordinator = await t.as(self);

      expect(
        (await coordinator.gql('{ people { totalCount } }')).errors?.[0]?.extensions?.code,
      ).toBe('FORBIDDEN');
      const person = (id: string) =>
        coordinator.gql('query ($id: ID!) { person(id: $id) { name email } }', { id });
      expect((await person(self.id)).data?.person).toEqual({ name: self.name, email: self.email });
      const hidden = await person(other.id);
      const missing = await person('00000000-0000-4000-8000-000000000000');
      expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(hidden.errors?.[0]?.message).toBe(missing.errors?.[0]?.message);
    });
  });

  it('lets a program manager create a programme', async () => {
    const pm = await t.as(await t.given.person({ roles: [Role.PROGRAM_MANAGER] }));
    const answer = await pm.data(
      'mutation { createProgramme(input: { name: "Neues Programm" }) { name } }',
    );
    expect(answer.createProgramme.name).toBe('Neues Programm');
  });
});
