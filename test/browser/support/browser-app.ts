import AxeBuilder from '@axe-core/playwright';
import { INestApplication } from '@nestjs/common';
import { loadConfig } from '@zyklus/config';
import { AccessTokenService, PersonEntity } from '@zyklus/identity';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { createApi } from '../../../apps/api/src/bootstrap';
import { Given } from '../../support/given';
import { SmtpSink } from '../../support/smtp-sink';
import { createTestDatabase, TestDatabase } from '../../support/test-database';
import { findChromium } from './chromium';
import { WEB_DIR } from './web-build';

export const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

/**
 * A freshly started real server (the api with the built web app) on its own database, mails
 * going to an in-process SMTP server, and a headless Chromium driven by Playwright.
 */
export class BrowserApp {
  readonly given: Given;

  private constructor(
    readonly app: INestApplication,
    readonly url: string,
    readonly smtp: SmtpSink,
    readonly database: TestDatabase,
    readonly browser: Browser,
  ) {
    this.given = new Given(app.get(DataSource));
  }

  static async start(): Promise<BrowserApp> {
    const smtp = await SmtpSink.start();
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
      SEED_DEMO_DATA: 'false',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SMTP_POOL_SIZE: '2',
      REMINDER_TICK: '1s',
      JWT_SECRET: 'browser-test-secret-that-is-long-enough-for-the-check',
      WEB_DIR,
    });
    const app = await createApi(config, false);
    await app.listen(0, '127.0.0.1');
    const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    // The mailed links must point at this server.
    (config as { appUrl: string }).appUrl = url;
    const browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    });
    return new BrowserApp(app, url, smtp, database, browser);
  }

  /** A new browser window (its own session storage), German, laptop-sized. */
  async window(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
      viewport: { width: 1280, height: 900 },
      baseURL: this.url,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => {
      throw error;
    });
    return { context, page };
  }

  /** The sign-in link of the newest mail to `email` that the server really sent. */
  async signInLink(email: string, since = 0): Promise<string> {
    const mail = await this.smtp.waitFor(
      (m) =>
        this.smtp.messages.indexOf(m) >= since &&
        m.to !== undefined &&
        JSON.stringify(m.to).includes(email) &&
        /\/sign-in\?token=/.test(m.text ?? ''),
      15_000,
    );
    const link = /(http:\/\/[^\s]+\/sign-in\?token=[A-Za-z0-9_-]+(?:&next=[^\s]+)?)/.exec(
      mail.text ?? '',
    )?.[1];
    if (!link) throw new Error(`No sign-in link in: ${mail.text}`);
    return link;
  }

  /** Signs `email` in the way a person does: the form, the mail, the link, the button. */
  async signIn(page: Page, email: string): Promise<void> {
    const since = this.smtp.messages.length;
    await page.goto('/sign-in');
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await page.getByRole('status').waitFor();
    await page.goto(await this.signInLink(email, since));
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Willkommen/ }).waitFor();
  }

  /** A GraphQL call as `person` (test set-up through the public API). */
  async gql<T = Record<string, unknown>>(
    person: PersonEntity,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const { token } = await this.app.get(AccessTokenService).issue(person.id);
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.app.close();
    await this.smtp.close();
    await this.database.drop();
  }
}

/**
 * Checks the page as a reviewer would: no serious or critical axe-core violations, and a
 * screenshot at 400 px (phone) and 1280 px (laptop) in test-results/screenshots/.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  // Not hovering anything: axe judges the page at rest.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} – ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html} ${n.failureSummary ?? ''}`).join(', ')}`,
    );
  expect({ page: name, serious }).toEqual({ page: name, serious: [] });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const size = page.viewportSize() ?? { width: 1280, height: 900 };
  for (const width of [400, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    // Let the layout's transitions (the menu sliding away on a phone) finish.
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(size);
}
