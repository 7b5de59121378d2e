import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const CREATE_NETWORK = `mutation ($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`;
const COHORTS = `query ($status: CohortStatus) { cohorts(status: $status) { totalCount } }`;
const CREATE_COHORT = `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }`;
const WITHDRAW = `mutation ($input: WithdrawParticipationInput!) { withdrawParticipation(input: $input) { status } }`;

const network = {
  name: 'MINTmobil Bamberg',
  kind: 'MINT_REGION',
  bundesland: 'BAYERN',
  city: 'Bamberg',
};

/**
 * Input that GraphQL itself refuses, before any resolver runs (coercion of variables, validation
 * of values written into the document), answers like every other bad input.
 */
describe('input GraphQL refuses: BAD_USER_INPUT with fields', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  afterAll(() => t.close());

  describe('in variables', () => {
    it('names an unknown enum value inside an input by its field, in German', async () => {
      const answer = await pm.gql(CREATE_NETWORK, { input: { ...network, bundesland: 'BAVARIA' } });
      expect(answer.status).toBe(400);
      expect(answer.errors).toMatchObject([
        {
          message: expect.stringContaining('bundesland: Muss einer dieser Werte sein: BADEN_'),
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'bundesland', message: expect.stringMatching(/^Muss einer dieser Werte/) },
            ],
          },
        },
      ]);
      expect(answer.errors?.[0]?.extensions?.fields?.[0]?.message).toContain('BAYERN');
    });

    it('names an enum argument by the argument, whatever the variable is called', async () => {
      const answer = await pm.gql(
        `query ($s: CohortStatus) { cohorts(status: $s) { totalCount } }`,
        { s: 'FOO' },
      );
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'status',
            message: 'Muss einer dieser Werte sein: CANCELLED, COMPLETED, PLANNED, RUNNING.',
          },
        ],
      });
    });

    it('refuses a date that does not exist, naming the field', async () => {
      const programme = await t.given.programme();
      const answer = await pm.gql(CREATE_COHORT, {
        input: {
          programmeId: programme.id,
          number: 1,
          title: '1. Qualifizierungsdurchgang',
          startDate: '2025-02-30',
          endDate: '2025-10-30',
          capacity: 20,
        },
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'startDate', message: 'Muss ein Datum im Format JJJJ-MM-TT sein.' }],
      });
    });

    it('lists every missing or unknown field at once', async () => {
      const answer = await pm.gql(WITHDRAW, {
        input: { id: '00000000-0000-4000-8000-000000000000', grund: 'x' },
      });
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]).toMatchObject({
        message:
          'Ungültige Eingabe – reason: Muss angegeben werden.; grund: Dieses Feld gibt es nicht.',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'REQUIRED',
          fields: [
            { field: 'reason', message: 'Muss angegeben werden.', reason: 'REQUIRED' },
            { field: 'grund', message: 'Dieses Feld gibt es nicht.', reason: 'UNKNOWN_FIELD' },
          ],
        },
      });
    });

    it('names a missing input by its argument', async () => {
      const answer = await pm.gql(WITHDRAW, {});
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'input', message: 'Muss angegeben werden.' }],
      });
    });

    it('refuses a point in time it cannot read, in German', async () => {
      const answer = await pm.gql(
        `query ($from: DateTime) { reminders(dueFrom: $from) { totalCount } }`,
        { from: 'gestern' },
      );
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'DATE_TIME',
        fields: [
          {
            field: 'dueFrom',
            reason: 'DATE_TIME',
            message: 'Muss ein Zeitpunkt nach ISO 8601 sein, z. B. 2025-03-01T09:00:00Z.',
          },
        ],
      });
    });

    it('refuses an explicit null where a value with a default is required', async () => {
      const answer = await pm.gql(`query ($f: Int) { cohorts(first: $f) { totalCount } }`, {
        f: null,
      });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'first', message: 'Muss angegeben werden.' }],
      });
      // Left out, the default applies.
      const defaulted = await pm.gql(`query ($f: Int) { cohorts(first: $f) { totalCount } }`, {});
      expect(defaulted.errors).toBeUndefined();
    });

    it('answers in English when the request asks for it', async () => {
      const answer = await pm.with({ 'accept-language': 'en' }).gql(COHORTS, { status: 'FOO' });
      expect(answer.errors?.[0]?.extensions?.fields).toMatchObject([
        { field: 'status', message: 'Must be one of: CANCELLED, COMPLETED, PLANNED, RUNNING.' },
      ]);
    });

    it('changes nothing', async () => {
      const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
      const participation = await t.given.participation(cohort, await t.given.network());
      await pm.gql(WITHDRAW, { input: { id: participation.id, withdrawnOn: '2026-02-30' } });
      const { cohort: read } = await pm.data(
        `query ($id: ID!) { cohort(id: $id) { participations { status } } }`,
        { id: cohort.id },
      );
      expect(read.participations).toMatchObject([{ status: ParticipationStatus.ACTIVE }]);
    });
  });

  describe('written into the document', () => {
    it('names an unknown enum value inside an input by its field', async () => {
      const answer = await pm.gql(
        `mutation { createNetwork(input: { name: "Netz", kind: MINT_REGION, bundesland: BAVARIA, city: "Bamberg" }) { id } }`,
      );
      expect(answer.status).toBe(400);
      expect(answer.errors).toHaveLength(1);
      expect(answer.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/^Ungültige Eingabe – bundesland: Muss einer dieser Werte/),
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'bundesland', message: expect.stringContaining('BAYERN') }],
        },
      });
    });

    it('names an enum argument, and a date that does not exist', async () => {
      const status = await pm.gql(`{ cohorts(status: FOO) { totalCount } }`);
      expect(status.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'status',
            message: 'Muss einer dieser Werte sein: CANCELLED, COMPLETED, PLANNED, RUNNING.',
          },
        ],
      });
      const date = await pm.gql(
        `mutation { completeParticipation(input: { id: "00000000-0000-4000-8000-000000000000", completedOn: "2025-02-30" }) { id } }`,
      );
      expect(date.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'completedOn', message: 'Muss ein Datum im Format JJJJ-MM-TT sein.' }],
      });
    });

    it('names each missing field and a missing argument', async () => {
      const fields = await pm.gql(
        `mutation { withdrawParticipation(input: { id: "00000000-0000-4000-8000-000000000000" }) { status } }`,
      );
      expect(fields.errors?.map((e) => e.extensions)).toMatchObject([
        {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'reason', message: 'Muss angegeben werden.' }],
        },
      ]);
      const argument = await pm.gql(`mutation { withdrawParticipation { status } }`);
      expect(argument.errors?.map((e) => e.extensions)).toMatchObject([
        { code: 'BAD_USER_INPUT', fields: [{ field: 'input', message: 'Muss angegeben werden.' }] },
      ]);
    });

    it('answers in English when the request asks for it', async () => {
      const answer = await pm
        .with({ 'accept-language': 'en' })
        .gql(
          `mutation { withdrawParticipation(input: { id: "00000000-0000-4000-8000-000000000000" }) { status } }`,
        );
      expect(answer.errors?.[0]).toMatchObject({
        message: 'Invalid input – reason: Is required.',
        extensions: { fields: [{ field: 'reason', message: 'Is required.' }] },
      });
    });

    it('leaves errors in the document itself as they are', async () => {
      const answer = await pm.gql(`{ cohorts { totalCount nonsense } }`);
      expect(answer.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });
  });
});

describe('input GraphQL refuses, in production', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start({ NODE_ENV: 'production' });
    pm = await t.manager();
  });
  afterAll(() => t.close());

  it('names the field without listing or suggesting enum values', async () => {
    const inline = await pm.gql(`{ cohorts(status: RUNING) { totalCount } }`);
    const variable = await pm.gql(COHORTS, { status: 'RUNING' });
    for (const answer of [inline, variable]) {
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'status', message: 'Ist kein zulässiger Wert.' }],
      });
      expect(JSON.stringify(answer)).not.toMatch(/RUNNING|Did you mean|Suggestion/);
    }
  });

  it.each([
    ['a field', `{ cohorts { totalCont } }`],
    ['an argument', `{ cohorts(frist: 1) { totalCount } }`],
    ['a type', `query ($s: CohortStatu) { cohorts(status: $s) { totalCount } }`],
    [
      'an enum value in a default',
      `query ($s: CohortStatus = RUNING) { cohorts(status: $s) { totalCount } }`,
    ],
    [
      'a role in a list',
      `mutation ($roles: [Role!]! = [PROGRAM_MANAGR]) { setPersonRoles(input: { personId: "00000000-0000-4000-8000-000000000000", roles: $roles }) { id } }`,
    ],
  ])('suggests no name for a mistyped %s', async (_what, query) => {
    const answer = await pm.gql(query);
    expect(answer.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toMatch(
      /Did you mean|Suggestion hidden|"(totalCount|first|CohortStatus|RUNNING|PROGRAM_MANAGER)"/,
    );
  });
});
