import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** A server the benchmark started as its own process. */
export interface Server {
  readonly url: string;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** CPU seconds a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * Waits until `pid` is idle (under 5 % of a core for half a second, at most 2 minutes): after a
 * run the server still works off the requests the load generator gave up on, and the next run
 * must not pay for them.
 */
export async function waitIdle(pid: number): Promise<void> {
  const deadline = Date.now() + 120_000;
  let before = cpuSeconds(pid);
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = cpuSeconds(pid);
    if (now - before < 0.025) return;
    before = now;
  }
}

/** The resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, url: string): Server {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

async function waitFor(url: string, server: Server): Promise<void> {
  for (let i = 0; i < 300; i += 1) {
    if (server.process.exitCode !== null) throw new Error(`${url} exited while starting`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not start`);
}

/** The built api (`nest build api`) in production mode, on its own port. */
export async function startApi(databaseUrl: string, port: number, secret: string): Promise<Server> {
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles", to profile the api.
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const server = start(
    process.execPath,
    [...nodeArgs, join(ROOT, 'dist/apps/api/apps/api/src/main.js')],
    {
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      JWT_SECRET: secret,
      PORT: String(port),
      SCHEDULER_ENABLED: 'false',
      LOG_LEVEL: 'warn',
    },
    `http://127.0.0.1:${port}`,
  );
  await waitFor(`${server.url}/health`, server);
  return server;
}

/** The baseline (baseline-server.ts) on its own port. */
export async function startBaseline(
  databaseUrl: string,
  port: number,
  secret: string,
): Promise<Server> {
  const server = start(
    process.execPath,
    ['-r', 'ts-node/register', join(__dirname, 'baseline-server.ts')],
    {
      BASELINE_DATABASE_URL: databaseUrl,
      BASELINE_PORT: String(port),
      JWT_SECRET: secret,
      TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
    },
    `http://127.0.0.1:${port}`,
  );
  await waitFor(`${server.url}/`, server);
  return server;
}

/** An HS256 access token for `personId`, as the api issues them. */
export function accessToken(secret: string, personId: string): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const iat = Math.floor(Date.now() / 1000);
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: personId, iat, exp: iat + 86_400 })}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** One request as the load generator sends it. */
export interface Request {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  failures: number;
  maxRssMb: number | null;
}

/**
 * Loads `url` with autocannon (10 connections unless told) for `seconds` or `amount` requests,
 * sampling the RSS of `pid` every 100 ms, then waits until `pid` is idle again.
 */
export async function load(
  url: string,
  request: Request,
  options: { seconds?: number; amount?: number; pid?: number; connections?: number },
): Promise<LoadResult> {
  let maxRss = 0;
  const sample = () => {
    if (options.pid) maxRss = Math.max(maxRss, rssMb(options.pid));
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await autocannon({
      url: `${url}${request.path}`,
      method: request.method,
      headers: request.headers,
      body: request.body,
      connections: options.connections ?? 10,
      // A slow server answers late rather than not at all: count it, however long it took.
      timeout: 120,
      ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 10 }),
    });
    sample();
    if (options.pid) await waitIdle(options.pid);
    return {
      rps: result.requests.total / Math.max(result.duration, 0.001),
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      failures: result.non2xx + result.errors + result.timeouts,
      maxRssMb: options.pid ? maxRss : null,
    };
  } finally {
    clearInterval(timer);
  }
}
