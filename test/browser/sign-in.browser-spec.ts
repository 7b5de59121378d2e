import { Role } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';

describeInBrowser()('signing in with the mailed link (browser)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await BrowserApp.start();
    await app.given.person({
      name: 'Petra Planer',
      email: 'petra@example.org',
      roles: [Role.PROGRAM_MANAGER],
    });
  });

  afterAll(() => app?.close());

  it('asks for the address, mails a link that signs in on a click, without the token in the address bar', async () => {
    const { context, page } = await app.window();
    await page.goto('/');
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await checkPage(page, 'sign-in');

    await page.getByLabel('E-Mail-Adresse').fill('petra@example.org');
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'Wenn die Adresse petra@example.org bei Zyklus bekannt ist',
    );

    const link = await app.signInLink('petra@example.org');
    await page.goto(link);
    await page.getByRole('heading', { name: 'Mit Ihrem Link anmelden' }).waitFor();
    await page.waitForURL((url) => !url.search.includes('token'));
    expect(await page.locator('meta[name=referrer]').getAttribute('content')).toBe('no-referrer');
    await checkPage(page, 'sign-in-link');

    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen, Petra Planer' }).waitFor();
    expect(await page.evaluate('Object.keys(sessionStorage)')).toEqual(['zyklus.session']);

    // The same link again: used, and the page offers a new one.
    const other = await app.window();
    await other.page.goto(link);
    await other.page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await other.page.getByText('Dieser Anmeldelink wurde schon verwendet').waitFor();
    await other.page.getByRole('heading', { name: 'Neuen Anmeldelink anfordern' }).waitFor();
    await other.context.close();
    await context.close();
  });

  it('offers a new link when the link has expired, and the new one works', async () => {
    const { context, page } = await app.window();
    const since = app.smtp.messages.length;
    await page.goto('/sign-in');
    await page.getByLabel('E-Mail-Adresse').fill('petra@example.org');
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    const link = await app.signInLink('petra@example.org', since);
    // Fifteen minutes later:
    await app.app
      .get(DataSource)
      .query(
        `UPDATE sign_in_token SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL`,
      );

    await page.goto(link);
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByText('Dieser Anmeldelink ist abgelaufen').waitFor();
    await checkPage(page, 'sign-in-expired');

    const again = app.smtp.messages.length;
    await page.getByLabel('E-Mail-Adresse').fill('petra@example.org');
    await page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    await page.goto(await app.signInLink('petra@example.org', again));
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Willkommen, Petra Planer' }).waitFor();
    await context.close();
  });

  it('opens the page the person came for, even when the mailed link opens in a new window', async () => {
    const asked = await app.window();
    const since = app.smtp.messages.length;
    await asked.page.goto('/profile?tab=1');
    await asked.page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    await asked.page.getByLabel('E-Mail-Adresse').fill('petra@example.org');
    await asked.page.getByRole('button', { name: 'Anmeldelink senden' }).click();
    const link = await app.signInLink('petra@example.org', since);
    expect(link).toContain('&next=%2Fprofile%3Ftab%3D1');

    // The mail program opens the link in a fresh window: nothing of the first one is known there.
    const { context, page } = await app.window();
    await page.goto(link);
    await page.waitForURL((url) => url.search === '');
    await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mein Profil' }).waitFor();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/profile?tab=1');
    await context.close();
    await asked.context.close();
  });

  it('sends a person whose access token is no longer accepted back to sign-in', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    const forged = JSON.stringify({
      accessToken: 'forged',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    await page.evaluate(`sessionStorage.setItem('zyklus.session', ${JSON.stringify(forged)})`);

    await page.goto('/profile');
    await page.getByRole('heading', { name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await context.close();
  });
});
