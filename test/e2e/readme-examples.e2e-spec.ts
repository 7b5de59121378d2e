import { AccessTokenService, PersonEntity } from '@zyklus/identity';
import { buildSchema, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

/** One ```graphql block of README.md. */
interface Example {
  line: number;
  as: string;
  document: string;
}

const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
/** A flow over one's own data (ids from earlier steps): checked against the schema, not run. */
const SKETCH = 'sketch';
const SCHEMA = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));

function examples(): Example[] {
  return [...README.matchAll(/^( *)```graphql\n([\s\S]*?)^\1```/gm)].map((match) => {
    const line = README.slice(0, match.index).split('\n').length;
    const indent = match[1]!.length;
    const document = match[2]!
      .split('\n')
      .map((l) => l.slice(indent))
      .join('\n');
    const as = /^# as: (\S+)/.exec(document)?.[1] ?? (/^# sketch: /.test(document) ? SKETCH : null);
    if (!as) {
      throw new Error(
        `README.md:${line}: the example does not start with "# as: <role>" or "# sketch: <role>"`,
      );
    }
    return { line, as, document };
  });
}

/**
 * Placeholders the demo data fills (README, Example queries); `<x id>` from an earlier
 * operation of the same block comes first.
 */
const DEMO: Record<string, (data: DataSource) => Promise<string | undefined>> = {
  'programme id': async (data) =>
    (await data.query<{ id: string }[]>(`SELECT id FROM programme ORDER BY created_at LIMIT 1`))[0]
      ?.id,
  'person id': async (data) =>
    (
      await data.query<{ id: string }[]>(`SELECT id FROM person WHERE email = $1`, [
        'anne.franke@example.org',
      ])
    )[0]?.id,
  'cohort id': async (data) =>
    (
      await data.query<{ id: string }[]>(
        `SELECT id FROM cohort WHERE status = 'RUNNING' ORDER BY start_date DESC LIMIT 1`,
      )
    )[0]?.id,
};

/** `createReminderRule { id }` → `reminder rule id`; `invitePerson { id }` → `person id`. */
function producedIds(answer: Record<string, unknown>): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [field, value] of Object.entries(answer)) {
    const id = (value as { id?: unknown } | null)?.id;
    const made = /^(?:create|invite)([A-Z]\w*)$/.exec(field)?.[1];
    if (!made || typeof id !== 'string') continue;
    found[`${made.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} id`] = id;
  }
  return found;
}

describe('the GraphQL examples in README.md', () => {
  let t: TestApp;
  const all = examples();

  beforeAll(async () => {
    t = await TestApp.start({ SEED_DEMO_DATA: 'true' });
  });
  afterAll(() => t.close());

  it('are there, each naming who runs it', () => {
    expect(all.length).toBeGreaterThanOrEqual(8);
  });

  async function clientFor(as: string): Promise<GraphQLClient> {
    if (as === 'anonymous') return t.anonymous;
    const person = await t.app.get(DataSource).getRepository(PersonEntity).findOneBy({ email: as });
    if (!person) throw new Error(`"# as: ${as}" names nobody in the demo data`);
    const { token } = await t.app.get(AccessTokenService).issue(person.id);
    return new GraphQLClient(t.app, { authorization: `Bearer ${token}` });
  }

  /** A sign-in link's token, as the outbox mail carries it. */
  async function tokenFromTheLink(): Promise<string> {
    const before = new Set(readdirSync(t.outboxDir));
    await t.anonymous.data('mutation { requestSignInLink(email: "programm@example.org") }');
    let mail: string | undefined;
    // Mails are written after the request's transaction; wait for the file.
    for (let i = 0; i < 50 && !mail; i += 1) {
      mail = readdirSync(t.outboxDir).find((f) => !before.has(f) && f.endsWith('.eml'));
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const text = readFileSync(join(t.outboxDir, mail!), 'utf8').replace(/=\r?\n/g, '');
    return /sign-in\?token=3D([A-Za-z0-9_-]+)|sign-in\?token=([A-Za-z0-9_-]+)/
      .exec(text)!
      .slice(1)
      .find(Boolean)!;
  }

  it.each(examples().map((e) => [e.line, e.as, e] as const))(
    'README.md:%i runs as %s without errors (a sketch: valid against the schema)',
    async (_line, _as, example) => {
      if (example.as === SKETCH) {
        const problems = validate(SCHEMA, parse(example.document)).map((e) => e.message);
        expect(problems).toEqual([]);
        return;
      }
      const client = await clientFor(example.as);
      const operations = parse(example.document).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      // Pasted whole into GraphiQL, a document with several operations needs their names.
      if (operations.length > 1) expect(operations.every((o) => o.name)).toBe(true);
      const filled: Record<string, string> = {};
      for (const operation of operations) {
        const body = example.document.slice(operation.loc!.start, operation.loc!.end);
        let query = body;
        for (const [, name] of body.matchAll(/<([^<>]+)>/g)) {
          const value =
            filled[name!] ??
            (name === 'token from the link'
              ? await tokenFromTheLink()
              : await DEMO[name!]?.(t.app.get(DataSource)));
          if (!value) throw new Error(`README.md:${example.line}: no value for <${name}>`);
          query = query.replace(`<${name}>`, value);
        }
        const answer = await client.gql(query);
        expect({ operation: operation.name?.value, errors: answer.errors }).toEqual({
          operation: operation.name?.value,
          errors: undefined,
        });
        Object.assign(filled, producedIds(answer.data ?? {}));
      }
    },
  );
});
