import { GRAPHQL_LIMITS } from '../../apps/api/src/graphql/graphql.options';
import { GraphQLAnswer } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

/** A networks query nested `depth` fields deep, going network → participations → network … */
function nested(depth: number): string {
  // networks { nodes { participations { network { participations { … { id } } } } } }
  const chain = ['networks', 'nodes'];
  for (let i = chain.length; i < depth - 1; i++) {
    chain.push(i % 2 === 0 ? 'participations' : 'network');
  }
  return `{ ${chain.map((field) => `${field} { `).join('')}id${' }'.repeat(chain.length)} }`;
}

/** `count` aliases of one field. */
const aliased = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

/** A document of exactly `tokens` lexical tokens (a long list of statuses does the counting). */
function ofTokens(tokens: number): string {
  // query ( $ s : [ ReminderStatus ! ] = [ … ] ) { reminders ( status : $ s ) { totalCount } }
  // has 25 tokens besides the list's items.
  const statuses = Array.from({ length: tokens - 25 }, () => 'PENDING').join(' ');
  return `query ($s: [ReminderStatus!] = [${statuses}]) { reminders(status: $s) { totalCount } }`;
}

/** Costly but inside the other limits: networks with participations four levels deep. */
function costly(aliases: number): string {
  let participations = 'id status cohortId networkId createdAt';
  for (let level = 0; level < 4; level++) {
    participations = `id status network { id name participations { ${participations} } }`;
  }
  return aliased(aliases, `networks { nodes { id name participations { ${participations} } } }`);
}

describe('the limits on one GraphQL document (graphql-armor; tokens: the parser)', () => {
  let t: TestApp;
  let ask: (query: string) => Promise<GraphQLAnswer>;

  beforeAll(async () => {
    t = await TestApp.start();
    const pm = await t.manager();
    ask = (query) => pm.gql(query);
  });
  afterAll(() => t.close());

  function expectRefused(answer: GraphQLAnswer, message: string) {
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors?.[0]?.message).toBe(message);
    expect(answer.errors?.[0]?.extensions?.code).toMatch(/^GRAPHQL_(VALIDATION|PARSE)_FAILED$/);
  }

  it(`answers a document ${GRAPHQL_LIMITS.maxDepth} fields deep and refuses one deeper`, async () => {
    const deepest = await ask(nested(GRAPHQL_LIMITS.maxDepth));
    expect(deepest).toEqual({ status: 200, data: { networks: { nodes: [] } } });
    expectRefused(
      await ask(nested(GRAPHQL_LIMITS.maxDepth + 1)),
      `Syntax Error: Query depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded, found ${GRAPHQL_LIMITS.maxDepth + 1}.`,
    );
  });

  it(`answers ${GRAPHQL_LIMITS.maxAliases} aliases and refuses more`, async () => {
    const most = await ask(aliased(GRAPHQL_LIMITS.maxAliases, 'me { id }'));
    expect(Object.keys(most.data ?? {})).toHaveLength(GRAPHQL_LIMITS.maxAliases);
    expectRefused(
      await ask(aliased(GRAPHQL_LIMITS.maxAliases + 1, 'me { id }')),
      `Syntax Error: Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${GRAPHQL_LIMITS.maxAliases + 1}.`,
    );
  });

  it('counts aliases of __typename like any other', async () => {
    expectRefused(
      await ask(aliased(GRAPHQL_LIMITS.maxAliases + 1, '__typename')),
      `Syntax Error: Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${GRAPHQL_LIMITS.maxAliases + 1}.`,
    );
  });

  it(`answers ${GRAPHQL_LIMITS.maxTokens} tokens and refuses more with 400, not 500`, async () => {
    const most = await ask(ofTokens(GRAPHQL_LIMITS.maxTokens));
    expect(most).toEqual({ status: 200, data: { reminders: { totalCount: 0 } } });
    expectRefused(
      await ask(ofTokens(GRAPHQL_LIMITS.maxTokens + 1)),
      `Syntax Error: Document contains more that ${GRAPHQL_LIMITS.maxTokens} tokens. Parsing aborted.`,
    );
  });

  it(`answers a costly document and refuses one costing more than ${GRAPHQL_LIMITS.costLimit}`, async () => {
    const affordable = await ask(costly(5));
    expect(affordable.status).toBe(200);
    expect(affordable.errors).toBeUndefined();
    const refused = await ask(costly(10));
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0]?.message).toMatch(
      new RegExp(
        `^Syntax Error: Query Cost limit of ${GRAPHQL_LIMITS.costLimit} exceeded, found \\d+`,
      ),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
