/**
 * npm run bench:read — the read paths under load, beside a baseline, at three data sizes.
 *
 * For each size (BENCH_SIZES, default 1,10,100: 20, 200, 2,000 networks in a cohort, with 10
 * workshops, attendance, hand-overs and alumni) it seeds a fresh PostgreSQL database
 * (BENCH_DATABASE_URL, default the local server), starts the built api in production mode as
 * its own process and the baseline (bench/read-paths/baseline-server.ts: node:http, one
 * hand-written SQL statement per request through `pg`), and loads cohortOverview,
 * myWorkshopCycle, cohort(id), attendanceMatrix and the attendance CSV with autocannon (10
 * connections, BENCH_SECONDS each, default 10, after a 2-second warm-up; BENCH_ROUNDS
 * interleaved rounds, default 1, medians reported). It prints req/s, p50/p99, the ratio to the
 * baseline, SQL statements per request (counted by an in-process api on the same database),
 * the api's largest RSS under load, the load average; and at 10× the memory check: RSS after
 * 2,000 overview requests under 250 MB (exit code 1 if not, or if any request failed).
 */
import 'reflect-metadata';
import 'tsconfig-paths/register';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { adminQuery, migrate, withDatabase } from '../test/support/test-database';
import { READ_PATHS as ALL_PATHS, ReadPath } from './read-paths/documents';
import { countStatements } from './read-paths/statements';
import {
  accessToken,
  load,
  LoadResult,
  Request,
  rssMb,
  startApi,
  startBaseline,
} from './read-paths/processes';
import { BenchData, seed } from './read-paths/seed';

const SIZES = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1);
const MEMORY_LIMIT_MB = 250;
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** `BENCH_PATHS=cohort(id),attendanceMatrix` measures only those (e.g. to profile one). */
const ONLY = process.env.BENCH_PATHS?.split(',').map((p) => p.trim());
const READ_PATHS = ALL_PATHS.filter((p) => !ONLY || ONLY.includes(p.name));

interface Row {
  size: number;
  path: string;
  /** p50 of one client alone (no concurrency), for the matrix. */
  aloneP50: number | null;
  zyklus: LoadResult;
  baseline: LoadResult;
  statements: number;
  sameAnswer: boolean;
  load1: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load1 = () => loadavg()[0]!;
const fmt = (n: number, digits = 0) => n.toFixed(digits);

function requestFor(path: ReadPath, data: BenchData, secret: string): Request {
  const person = path.as === 'manager' ? data.managerId : data.coordinatorId;
  const headers = { authorization: `Bearer ${accessToken(secret, person)}` };
  if (path.get) return { method: 'GET', path: path.get(data.cohortId), headers };
  return {
    method: 'POST',
    path: '/graphql',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ query: path.graphql, variables: { id: data.cohortId } }),
  };
}

async function fetchText(url: string, request: Request): Promise<string> {
  const response = await fetch(`${url}${request.path}`, request);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${request.path}: HTTP ${response.status} ${text}`);
  return text;
}

/** Whether both answered the same: equal JSON (no errors), or equal CSV rows ignoring quoting. */
function same(zyklus: string, baseline: string): boolean {
  if (zyklus.startsWith('{')) {
    const parsed = JSON.parse(zyklus) as { errors?: unknown };
    if (parsed.errors) console.log('  zyklus answered errors:', JSON.stringify(parsed.errors));
    return isDeepStrictEqual(parsed, JSON.parse(baseline));
  }
  const lines = (text: string) => text.replace(/"/g, '').split('\r\n');
  const [ours, theirs] = [lines(zyklus), lines(baseline)];
  const differs = ours.findIndex((line, i) => line !== theirs[i]);
  if (differs >= 0 || ours.length !== theirs.length) {
    console.log(`  CSV line ${differs + 1}: "${ours[differs]}" / baseline "${theirs[differs]}"`);
  }
  return differs < 0 && ours.length === theirs.length;
}

async function measureSize(size: number, secret: string, memory: string[]): Promise<Row[]> {
  const name = `zyklus_bench_read_${randomBytes(3).toString('hex')}`;
  await adminQuery(SERVER, `CREATE DATABASE "${name}"`);
  const url = withDatabase(SERVER, name);
  const servers: { stop(): Promise<void> }[] = [];
  try {
    await migrate(url, 2);
    const started = Date.now();
    const data = await seed(url, size);
    console.log(
      `\n${size}×: ${data.networks} networks, ${data.workshops} workshops a cohort, ` +
        `${data.attendanceRows} attendance rows (seeded in ${Date.now() - started} ms)`,
    );
    const statements = await countStatements(
      url,
      secret,
      READ_PATHS.map((p) => requestFor(p, data, secret)),
    );
    const api = await startApi(url, 3900 + size, secret);
    servers.push(api);
    const baseline = await startBaseline(url, 4900 + size, secret);
    servers.push(baseline);
    const pid = api.process.pid!;
    if (size === 10 && READ_PATHS.some((p) => p.name === 'cohortOverview')) {
      const overview = requestFor(ALL_PATHS[0]!, data, secret);
      const result = await load(api.url, overview, { amount: 2000, pid });
      const after = rssMb(pid);
      const verdict = after < MEMORY_LIMIT_MB ? 'PASS' : 'FAIL';
      memory.push(
        `memory check (10×): RSS ${fmt(after)} MB after 2,000 overview requests ` +
          `(largest ${fmt(result.maxRssMb ?? 0)} MB, limit ${MEMORY_LIMIT_MB} MB): ${verdict}`,
      );
      if (verdict === 'FAIL' || result.failures) process.exitCode = 1;
    }
    const runs = new Map<
      string,
      { zyklus: LoadResult[]; baseline: LoadResult[]; load1: number[] }
    >();
    const answers = new Map<string, boolean>();
    for (const path of READ_PATHS) {
      const request = requestFor(path, data, secret);
      answers.set(
        path.name,
        same(await fetchText(api.url, request), await fetchText(baseline.url, request)),
      );
      runs.set(path.name, { zyklus: [], baseline: [], load1: [] });
    }
    const alone = new Map<string, number>();
    for (const path of READ_PATHS.filter((p) => p.name === 'attendanceMatrix')) {
      const request = requestFor(path, data, secret);
      const result = await load(api.url, request, { seconds: SECONDS, pid, connections: 1 });
      alone.set(path.name, result.p50);
      console.log(`  ${path.name} alone: p50 ${fmt(result.p50)} ms (load ${fmt(load1(), 2)})`);
    }
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const path of READ_PATHS) {
        const request = requestFor(path, data, secret);
        const run = runs.get(path.name)!;
        await load(api.url, request, { seconds: 2, pid });
        run.zyklus.push(await load(api.url, request, { seconds: SECONDS, pid }));
        const basePid = baseline.process.pid!;
        await load(baseline.url, request, { seconds: 2, pid: basePid });
        run.baseline.push(await load(baseline.url, request, { seconds: SECONDS, pid: basePid }));
        run.load1.push(load1());
        const last = (results: LoadResult[]) => results[results.length - 1]!;
        console.log(
          `  ${path.name.padEnd(17)} zyklus ${fmt(last(run.zyklus).rps, 1).padStart(7)} req/s, ` +
            `baseline ${fmt(last(run.baseline).rps, 1).padStart(7)} req/s (load ${fmt(load1(), 2)})`,
        );
        if (last(run.zyklus).failures || last(run.baseline).failures) process.exitCode = 1;
      }
    }
    return READ_PATHS.map((path) => {
      const run = runs.get(path.name)!;
      const pick = (results: LoadResult[]): LoadResult => ({
        rps: median(results.map((r) => r.rps)),
        p50: median(results.map((r) => r.p50)),
        p99: median(results.map((r) => r.p99)),
        requests: results.reduce((sum, r) => sum + r.requests, 0),
        failures: results.reduce((sum, r) => sum + r.failures, 0),
        maxRssMb: Math.max(...results.map((r) => r.maxRssMb ?? 0)),
      });
      return {
        size,
        path: path.name,
        aloneP50: alone.get(path.name) ?? null,
        zyklus: pick(run.zyklus),
        baseline: pick(run.baseline),
        statements: statements[READ_PATHS.indexOf(path)]!,
        sameAnswer: answers.get(path.name)!,
        load1: median(run.load1),
      };
    });
  } finally {
    for (const server of servers.reverse()) await server.stop();
    await adminQuery(SERVER, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

function table(rows: Row[]): string {
  const head = [
    'size',
    'read path',
    'zyklus req/s',
    'p50 ms',
    'p99 ms',
    'baseline req/s',
    'p50 ms',
    'p99 ms',
    'ratio',
    'SQL/req',
    'api RSS MB',
    'p50 alone',
    'same answer',
    'load 1m',
  ];
  const lines = rows.map((r) => [
    `${r.size}×`,
    r.path,
    fmt(r.zyklus.rps, 1),
    fmt(r.zyklus.p50),
    fmt(r.zyklus.p99),
    fmt(r.baseline.rps, 1),
    fmt(r.baseline.p50),
    fmt(r.baseline.p99),
    fmt(r.zyklus.rps / r.baseline.rps, 2),
    String(r.statements),
    fmt(r.zyklus.maxRssMb ?? 0),
    r.aloneP50 === null ? '' : `${fmt(r.aloneP50)} ms`,
    r.sameAnswer ? 'yes' : 'no',
    fmt(r.load1, 2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const render = (cells: string[]) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [render(head), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n');
}

async function main(): Promise<void> {
  const before = loadavg().map((n) => fmt(n, 2));
  console.log(
    `read-path benchmark: sizes ${SIZES.join(', ')}; ${SECONDS} s per run, ${ROUNDS} round(s); ${cpus().length} cores; load average ${before.join(' ')}`,
  );
  if (!process.env.BENCH_SKIP_BUILD) {
    const build = spawnSync('npx', ['nest', 'build', 'api'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('nest build api failed');
  }
  const secret = randomBytes(32).toString('base64url');
  const rows: Row[] = [];
  const memory: string[] = [];
  for (const size of SIZES) rows.push(...(await measureSize(size, secret, memory)));
  console.log(`\n${table(rows)}\n`);
  for (const line of memory) console.log(line);
  console.log(
    `load average before ${before.join(' ')}, after ${loadavg()
      .map((n) => fmt(n, 2))
      .join(' ')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
