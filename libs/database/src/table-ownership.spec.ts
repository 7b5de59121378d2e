import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Each context owns its tables (README "Layout"): the library whose entity declares a table is
 * the only one whose SQL names it. Another library reads it through what the owner publishes —
 * a service, a function, or an SQL fragment exported from the owner's index (listed in
 * PUBLISHED_SQL) — so the owner can change its tables without breaking a read model elsewhere.
 *
 * This test reads every string in every library's source (tests and the migrations, which are the
 * history of the one schema, left out) and fails on SQL that names another library's table after
 * FROM, JOIN, UPDATE, INTO, USING or TABLE (comma lists included). TypeORM entities exported from
 * an owner's index are its published mapping and are not SQL in this sense.
 */

const ROOT = join(__dirname, '..', '..', '..');
const LIBS = join(ROOT, 'libs');

/**
 * The SQL fragments owners publish for others to join: each is exported from the owner's index
 * and is the only way another library's SQL reaches the owner's tables.
 */
const PUBLISHED_SQL: readonly { owner: string; name: string; what: string }[] = [
  {
    owner: 'cohorts',
    name: 'cohortsSql',
    what: 'programmes, cohorts (with their programme), networks, coordinations, participations; the participants of a cohort on a day',
  },
  { owner: 'identity', name: 'identitySql', what: 'people (name, address, language, roles)' },
];

/**
 * SQL still reading another context's tables, by file: the debt left when this rule came in.
 * The list may only shrink — the test fails on a new entry as on one that has been paid.
 */
const STILL_TO_MOVE: Record<string, readonly string[]> = {};

const SQL_KEYWORD = /\b(FROM|JOIN|UPDATE|INTO|USING|TABLE)\s+/g;
const IDENT = /^(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/;
// After a table in a FROM/USING list: an optional alias, then a comma and the next table.
const NEXT_IN_LIST =
  /^(?:\s+(?:AS\s+)?(?!(?:WHERE|JOIN|ON|SET|LEFT|INNER|CROSS|ORDER|GROUP)\b)[a-z_][a-z0-9_]*)?\s*,\s*/;

/** The tables an SQL text names after FROM, JOIN, UPDATE, INTO, USING or TABLE. */
export function tablesNamedIn(sql: string): string[] {
  const found: string[] = [];
  for (const match of sql.matchAll(SQL_KEYWORD)) {
    let rest = sql.slice(match.index + match[0].length);
    for (;;) {
      const table = IDENT.exec(rest);
      if (!table) break;
      found.push(table[1]!);
      if (match[1] !== 'FROM' && match[1] !== 'USING') break;
      rest = rest.slice(table[0].length);
      const next = NEXT_IN_LIST.exec(rest);
      if (!next) break;
      rest = rest.slice(next[0].length);
    }
  }
  return found;
}

/** Every string and template text in a TypeScript source (interpolations as `?`). */
export function stringsIn(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false);
  const texts: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateExpression(node)) {
      texts.push([node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ? '));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return texts;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const libraries = readdirSync(LIBS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const sourcesOf = (library: string) =>
  filesUnder(join(LIBS, library, 'src')).filter(
    (path) =>
      path.endsWith('.ts') &&
      !/\.(spec|int-spec|e2e-spec)\.ts$/.test(path) &&
      !path.includes(`${join('database', 'src', 'migrations')}`),
  );

/** Table → owning library, from the `@Entity('…')` declarations. */
function tableOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const library of libraries) {
    for (const path of sourcesOf(library).filter((p) => p.endsWith('.entity.ts'))) {
      for (const match of readFileSync(path, 'utf8').matchAll(/@Entity\(\s*'([a-z0-9_]+)'/g)) {
        const table = match[1]!;
        expect(owners.get(table) ?? library).toBe(library);
        owners.set(table, library);
      }
    }
  }
  return owners;
}

/** `library/path: table (owner)` for every foreign table named in a library's SQL. */
function foreignReads(owners: Map<string, string>): Map<string, Set<string>> {
  const reads = new Map<string, Set<string>>();
  for (const library of libraries) {
    for (const path of sourcesOf(library)) {
      const file = relative(ROOT, path);
      for (const text of stringsIn(path, readFileSync(path, 'utf8'))) {
        for (const table of tablesNamedIn(text)) {
          const owner = owners.get(table);
          if (!owner || owner === library) continue;
          reads.set(file, (reads.get(file) ?? new Set()).add(`${table} (${owner})`));
        }
      }
    }
  }
  return reads;
}

describe('each context owns its tables', () => {
  const owners = tableOwners();

  it('knows the owner of every table the migrations create', () => {
    const migrations = filesUnder(join(LIBS, 'database', 'src', 'migrations'));
    const created = migrations.flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(/CREATE TABLE "([a-z0-9_]+)"/g)].map((m) => m[1]!),
    );
    expect(created.filter((table) => !owners.has(table))).toEqual([]);
    expect(owners.get('cohort')).toBe('cohorts');
    expect(owners.get('workshop')).toBe('workshops');
  });

  it('finds the tables an SQL text names, joins and comma lists included', () => {
    expect(
      tablesNamedIn(`DELETE FROM attendance a USING participation p, workshop w WHERE a.x = p.id`),
    ).toEqual(['attendance', 'participation', 'workshop']);
    expect(
      tablesNamedIn(`SELECT w.id FROM workshop w JOIN "cohort" c ON c.id = w.cohort_id
                      LEFT JOIN LATERAL (SELECT 1 FROM programme) g ON true WHERE x IN (SELECT 1)`),
    ).toEqual(['workshop', 'cohort', 'programme']);
    expect(
      tablesNamedIn(`INSERT INTO attendance (a) VALUES (1); UPDATE reminder SET a = 1`),
    ).toEqual(['attendance', 'reminder']);
    // Prose is not SQL: keywords are upper case.
    expect(tablesNamedIn('moves with the network from cohort to cohort')).toEqual([]);
  });

  it('reads strings and templates, not comments', () => {
    const source = [
      '// SELECT 1 FROM cohort',
      'const a = `SELECT 1 FROM workshop w JOIN ${b} x ON true JOIN cohort c ON c.id = w.cohort_id`;',
      "const d = 'SELECT 1 FROM person';",
    ].join('\n');
    expect(stringsIn('x.ts', source).flatMap(tablesNamedIn)).toEqual([
      'workshop',
      'cohort',
      'person',
    ]);
  });

  it('no library names another library’s table in its SQL, except the debt listed', () => {
    const reads = foreignReads(owners);
    const found = Object.fromEntries(
      [...reads].map(([file, tables]) => [file, [...tables].sort()] as const).sort(),
    );
    const listed = Object.fromEntries(
      Object.entries(STILL_TO_MOVE).map(([file, tables]) => [file, [...tables].sort()] as const),
    );
    // A difference names the file and the tables: read them through what the owner publishes
    // (PUBLISHED_SQL, a service or function of its index), or remove a paid debt from the list.
    expect(found).toEqual(listed);
  });

  it.each(PUBLISHED_SQL)('$owner publishes $name from its index', ({ owner, name }) => {
    const index = readFileSync(join(LIBS, owner, 'src', 'index.ts'), 'utf8');
    expect(index).toMatch(new RegExp(`export \\{[^}]*\\b${name}\\b[^}]*\\} from`));
  });
});
