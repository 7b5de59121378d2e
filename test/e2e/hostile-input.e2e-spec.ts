import { Logger } from '@nestjs/common';
import { encodeCursor } from '@zyklus/common';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

/**
 * Inputs an attacker sends to provoke internal errors (and fill the error log): each is refused
 * as bad input naming its field, or as unsupported, never INTERNAL_SERVER_ERROR.
 */
describe('hostile input', () => {
  let t: TestApp;
  let pm: GraphQLClient;
  // Nothing of this is worth an error in the log.
  const errorLog = jest.spyOn(Logger.prototype, 'error');

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  afterAll(() => t.close());

  const problem = (answer: Awaited<ReturnType<GraphQLClient['gql']>>) => {
    expect(JSON.stringify(answer)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(errorLog).not.toHaveBeenCalled();
    return answer.errors?.[0]?.extensions as {
      code: string;
      reason: string;
      fields?: { field: string; reason?: string }[];
    };
  };

  describe('lone surrogates (half of a UTF-16 pair)', () => {
    it('refuses one in an email variable of requestSignInLink, naming the field', async () => {
      const answer = await t.anonymous.gql(
        'mutation ($email: String!) { requestSignInLink(email: $email) }',
        { email: '\ud800' },
      );
      expect(problem(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'LONE_SURROGATE',
        fields: [{ field: 'email', reason: 'LONE_SURROGATE' }],
      });
    });

    it('refuses one written into the document', async () => {
      const answer = await t.anonymous.gql('mutation { requestSignInLink(email: "\\ud800") }');
      expect(problem(answer).code).not.toBe('INTERNAL_SERVER_ERROR');
      expect(answer.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_PARSE_FAILED/);
    });

    it('refuses one in a name, naming the field', async () => {
      const answer = await pm.gql(
        'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
        { input: { name: 'Programm \udfff', timeZone: 'Europe/Berlin' } },
      );
      expect(problem(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'name', reason: 'LONE_SURROGATE' }],
      });
    });
  });

  describe('NUL characters', () => {
    it('refuses a name containing NUL, naming the field', async () => {
      const answer = await pm.gql(
        'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
        { input: { name: 'Programm\u0000X', timeZone: 'Europe/Berlin' } },
      );
      expect(problem(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_CHARACTER',
        fields: [{ field: 'name', reason: 'INVALID_CHARACTER' }],
      });
    });
  });

  describe('subscriptions', () => {
    it('are refused as unsupported with a clear code', async () => {
      const answer = await t.anonymous.gql('subscription { programmes { id } }');
      expect(problem(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'UNSUPPORTED_OPERATION',
      });
    });
  });

  describe('forged pagination cursors', () => {
    it.each([
      [
        'a cohort number beyond any integer column',
        ['2024-11-27', 2 ** 40, '6f1c5a0e-0f59-4d4b-8a49-6b7a1d1d3b3f'],
      ],
      ['a date PostgreSQL cannot store', ['0000-01-01', 1, '6f1c5a0e-0f59-4d4b-8a49-6b7a1d1d3b3f']],
    ])('cohorts: %s', async (_case, values) => {
      const answer = await pm.gql(
        'query ($after: String) { cohorts(after: $after) { totalCount } }',
        {
          after: encodeCursor(values),
        },
      );
      expect(problem(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_CURSOR',
        fields: [{ field: 'after' }],
      });
    });

    it.each([
      ['no instant', 'yesterday'],
      ['an instant out of range', '-271821-04-20T00:00:00.000Z'],
    ])('reminders: %s', async (_case, due) => {
      const answer = await pm.gql(
        'query ($after: String) { reminders(after: $after) { totalCount } }',
        { after: encodeCursor([due, '6f1c5a0e-0f59-4d4b-8a49-6b7a1d1d3b3f']) },
      );
      expect(problem(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_CURSOR',
        fields: [{ field: 'after' }],
      });
    });

    it('people and networks: a name with a NUL character', async () => {
      for (const list of ['people', 'networks']) {
        const answer = await pm.gql(
          `query ($after: String) { ${list}(after: $after) { totalCount } }`,
          { after: encodeCursor(['Anna\u0000', '6f1c5a0e-0f59-4d4b-8a49-6b7a1d1d3b3f']) },
        );
        expect(problem(answer)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
      }
    });
  });

  describe('instants outside the range PostgreSQL stores', () => {
    it.each(['-271821-04-20T00:00:00Z', '+275760-09-13T00:00:00Z', '0000-01-01T00:00:00Z'])(
      'dueFrom: %s',
      async (dueFrom) => {
        const answer = await pm.gql(
          'query ($dueFrom: DateTime) { reminders(dueFrom: $dueFrom) { totalCount } }',
          { dueFrom },
        );
        expect(problem(answer)).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'dueFrom', reason: 'OUT_OF_RANGE' }],
        });
      },
    );

    it('also written into the document', async () => {
      const answer = await pm.gql(
        '{ reminders(dueFrom: "-271821-04-20T00:00:00Z") { totalCount } }',
      );
      expect(problem(answer)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'dueFrom', reason: 'OUT_OF_RANGE' }],
      });
    });
  });
});
