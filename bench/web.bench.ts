/**
 * The web app's weight and a Lighthouse run (`npm run bench:web`, part of `npm run bench`):
 * the initial JavaScript of the built app, gzipped, against a budget of 250 KB; then the api
 * with the demo data on a fresh PostgreSQL database (BENCH_DATABASE_URL, default the local
 * server), a demo coordinator signed in through the mailed link in Debian's Chromium, and
 * Lighthouse (desktop preset, no network beyond this machine) on their home page: performance
 * and accessibility, targets ≥ 90 each. Prints the load average with the figures.
 */
import 'reflect-metadata';
import 'tsconfig-paths/register';
import { loadConfig } from '@zyklus/config';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createApi } from '../apps/api/src/bootstrap';
import { findChromium } from '../test/browser/support/chromium';
import { adminQuery, migrate, withDatabase } from '../test/support/test-database';

const ROOT = join(__dirname, '..');
const WEB = join(ROOT, 'dist', 'web');
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BUDGET_KB = 250;
const COORDINATOR = 'lena.hartmann@example.org';

// Lighthouse and Puppeteer ship ES modules only: a real dynamic import, not ts-node's require.
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(
  s: string,
) => Promise<T>;

function initialJavaScript(): { files: string[]; gzipKb: number } {
  const html = readFileSync(join(WEB, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(WEB, f))).length, 0);
  return { files, gzipKb: bytes / 1024 };
}

async function lighthouseOfCoordinatorHome(chromium: string) {
  const name = `zyklus_bench_web_${randomBytes(3).toString('hex')}`;
  await adminQuery(SERVER, `CREATE DATABASE "${name}"`);
  const url = withDatabase(SERVER, name);
  const outbox = mkdtempSync(join(tmpdir(), 'zyklus-bench-web-'));
  await migrate(url, 2);
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: url,
    SEED_DEMO_DATA: 'true',
    SCHEDULER_ENABLED: 'false',
    MAIL_OUTBOX_DIR: outbox,
    LOG_LEVEL: 'error',
    JWT_SECRET: randomBytes(32).toString('base64url'),
    WEB_DIR: WEB,
  });
  const app = await createApi(config, false);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  (config as { appUrl: string }).appUrl = base;
  const puppeteer = await importEsm<typeof import('puppeteer-core')>('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/sign-in`);
    await page.locator('input[name=email]').fill(COORDINATOR);
    await page.locator('button[type=submit]').click();
    await page.waitForSelector('[role=status]');
    // The mail is written after the answer (in the background): wait for it.
    let mail: string | undefined;
    for (let waited = 0; !mail && waited < 15_000; waited += 100) {
      mail = readdirSync(outbox).find((f) => f.includes('lena-hartmann'));
      if (!mail) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (!mail) throw new Error(`No sign-in mail for ${COORDINATOR} in ${outbox}`);
    const link = /(http:\/\/\S+\/sign-in\?token=[A-Za-z0-9_-]+)/.exec(
      readFileSync(join(outbox, mail), 'utf8'),
    )?.[1];
    await page.goto(link!);
    await page.locator('main button').click();
    await page.waitForSelector('h1 ::-p-text(Willkommen)');
    const { default: lighthouse } = await importEsm<{
      default: typeof import('lighthouse').default;
    }>('lighthouse');
    const { default: desktop } = await importEsm<{ default: object }>(
      'lighthouse/core/config/desktop-config.js',
    );
    // Same tab, storage kept: the session in sessionStorage signs the home page in.
    const result = await lighthouse(
      `${base}/`,
      {
        disableStorageReset: true,
        onlyCategories: ['performance', 'accessibility'],
        logLevel: 'error',
      },
      desktop,
      page,
    );
    const categories = result!.lhr.categories;
    const audits = result!.lhr.audits;
    const ms = (id: string) => Math.round(audits[id]?.numericValue ?? 0);
    const lcpPhases = (
      audits['largest-contentful-paint-element']?.details as
        { items?: { items?: { phase?: string; timing?: number }[] }[] } | undefined
    )?.items?.[1]?.items
      ?.map((p) => `${p.phase} ${Math.round(p.timing ?? 0)} ms`)
      .join(', ');
    return {
      costs:
        `transferred ${Math.round((audits['total-byte-weight']?.numericValue ?? 0) / 1024)} KB, ` +
        `main-thread work ${ms('mainthread-work-breakdown')} ms (script ${ms('bootup-time')} ms), ` +
        `render-blocking ${ms('render-blocking-resources')} ms, TBT ${ms('total-blocking-time')} ms` +
        (lcpPhases ? `; LCP phases: ${lcpPhases}` : ''),
      finalUrl: result!.lhr.finalDisplayedUrl,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      fcp: result!.lhr.audits['first-contentful-paint']?.displayValue,
      lcp: result!.lhr.audits['largest-contentful-paint']?.displayValue,
    };
  } finally {
    await browser.close();
    await app.close();
    await adminQuery(SERVER, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  execFileSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
  const js = initialJavaScript();
  const ok = js.gzipKb <= BUDGET_KB;
  console.log(
    `\nWeb app, initial JavaScript (${js.files.join(', ')}): ${js.gzipKb.toFixed(1)} KB gzipped ` +
      `(budget ${BUDGET_KB} KB: ${ok ? 'within' : 'OVER'})`,
  );
  const chromium = findChromium();
  if (!chromium) {
    console.log('Lighthouse skipped: no Chromium (apt-get install -y chromium, or CHROMIUM_PATH).');
    return;
  }
  const score = await lighthouseOfCoordinatorHome(chromium);
  console.log(
    `Lighthouse, coordinator's home (${score.finalUrl}, desktop): performance ${score.performance}, ` +
      `accessibility ${score.accessibility} (targets ≥ 90); FCP ${score.fcp}, LCP ${score.lcp}; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(`What it cost: ${score.costs}`);
  if (!ok || score.performance < 90 || score.accessibility < 90) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
