/**
 * The benchmark's baseline: a minimal HTTP handler (node:http, no framework) answering the
 * read paths with one hand-written SQL statement each through `pg` (a pool of 10, as the api
 * has). It checks the bearer token (HS256, the same secret) like the api does, then sends what
 * PostgreSQL built. Started by read-paths.bench.ts as its own process:
 * `BASELINE_DATABASE_URL=… BASELINE_PORT=… JWT_SECRET=… node baseline-server`.
 */
import { createHmac, createSecretKey, timingSafeEqual } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { Pool } from 'pg';
import { COHORT_SQL, CSV_SQL, CYCLE_SQL, MATRIX_SQL, OVERVIEW_SQL } from './baseline-sql';

const pool = new Pool({ connectionString: process.env.BASELINE_DATABASE_URL, max: 10 });
const key = createSecretKey(Buffer.from(process.env.JWT_SECRET ?? '', 'utf8'));

/** The person in a valid HS256 token, or null. */
function personOf(request: IncomingMessage): string | null {
  const token = (request.headers.authorization ?? '').replace(/^Bearer /i, '');
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return null;
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest();
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    sub?: string;
    exp?: number;
  };
  if (!claims.sub || !claims.exp || claims.exp * 1000 < Date.now()) return null;
  return claims.sub;
}

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const PARTICIPATION: Record<string, string> = {
  INVITED: 'eingeladen',
  WAITLISTED: 'auf der Warteliste',
  ENROLLED: 'angemeldet',
  ACTIVE: 'aktiv',
  COMPLETED: 'abgeschlossen',
  WITHDRAWN: 'abgemeldet',
};

const STATUS: Record<string, string> = {
  REGISTERED: 'angemeldet',
  ATTENDED: 'teilgenommen',
  EXCUSED: 'entschuldigt',
  NO_SHOW: 'nicht erschienen',
};

interface CsvRows {
  workshops: { title: string; first: string | null }[] | null;
  rows:
    | {
        network: string;
        coordinator: string | null;
        status: string;
        cells: (string | null)[];
        progress: { attendedRequired: number; required: number; complete: boolean };
      }[]
    | null;
}

function csv({ workshops, rows }: CsvRows): string {
  const cell = (value: string) =>
    /[;"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const head = ['Netzwerk', 'Koordinator:in', 'Teilnahmestatus'];
  head.push(...(workshops ?? []).map((w) => `${w.title} (${w.first ?? '–'})`));
  head.push('Pflichttermine besucht', 'Zyklus abgeschlossen');
  const lines = [
    head,
    ...(rows ?? []).map((r) => [
      r.network,
      r.coordinator ?? '',
      PARTICIPATION[r.status]!,
      ...r.cells.map((s) => (s ? STATUS[s]! : '')),
      `${r.progress.attendedRequired}/${r.progress.required}`,
      r.progress.complete ? 'ja' : 'nein',
    ]),
  ];
  return '\ufeff' + lines.map((line) => line.map(cell).join(';')).join('\r\n') + '\r\n';
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const person = personOf(request);
  if (!person) {
    response.writeHead(401).end();
    return;
  }
  const csvMatch = /^\/exports\/cohorts\/([0-9a-f-]{36})\/attendance\.csv$/.exec(request.url ?? '');
  if (request.method === 'GET' && csvMatch) {
    const { rows } = await pool.query<CsvRows>(CSV_SQL, [csvMatch[1], person]);
    if (!rows[0]) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' }).end(csv(rows[0]));
    return;
  }
  const { query, variables } = JSON.parse(await body(request)) as {
    query: string;
    variables?: { id?: string };
  };
  const id = variables?.id ?? null;
  const [sql, params] = query.includes('cohortOverview')
    ? [OVERVIEW_SQL, [id, person]]
    : query.includes('myWorkshopCycle')
      ? [CYCLE_SQL, [person]]
      : query.includes('attendanceMatrix')
        ? [MATRIX_SQL, [id, person]]
        : [COHORT_SQL, [id, person]];
  const { rows } = await pool.query<{ body: string }>(sql, params);
  response
    .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    .end(rows[0]?.body ?? '{"data":null}');
}

const server = createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    response.writeHead(500).end();
  });
});
server.listen(Number(process.env.BASELINE_PORT), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => {
  server.close();
  void pool.end();
});
