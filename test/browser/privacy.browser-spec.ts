import AdmZip from 'adm-zip';
import { DataSource } from 'typeorm';
import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { givenProgramme } from './support/scenario';

describeInBrowser()('data protection in the web app (browser)', () => {
  let app: BrowserApp;
  let world: Awaited<ReturnType<typeof givenProgramme>>;

  beforeAll(async () => {
    app = await BrowserApp.start();
    world = await givenProgramme(app);
  });

  afterAll(() => app?.close());

  it('a coordinator requests her data on “Meine Daten”; the mailed link opens the app and downloads the ZIP', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Meine Daten' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Meine Daten' }).waitFor();
    const since = app.smtp.messages.length;
    await page.getByRole('button', { name: 'Kopie meiner Daten anfordern' }).click();
    await page.getByRole('status').getByText('Ihre Kopie ist fertig.').waitFor();
    await page.getByRole('button', { name: /^ZIP herunterladen \(vom .*\)$/ }).waitFor();
    await checkPage(page, 'my-data');

    const mail = await app.smtp.waitFor(
      (m) =>
        app.smtp.messages.indexOf(m) >= since &&
        JSON.stringify(m.to).includes('lena@example.org') &&
        m.subject === 'Ihre Daten aus Zyklus stehen bereit',
      15_000,
    );
    const link = /(http:\/\/\S+\/my-data\/exports\/[0-9a-f-]{36})/.exec(mail.text ?? '')?.[1];
    expect(link).toBeDefined();

    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: 'Datenexport herunterladen' }).waitFor();
    await page.getByText(/steht bereit .* gültig bis/).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'ZIP-Datei herunterladen' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^zyklus-daten-\d{4}-\d{2}-\d{2}\.zip$/);
    const bytes = Buffer.concat(await (await file.createReadStream()).toArray());
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04])); // "PK\3\4"
    const zip = new AdmZip(bytes);
    const names = zip.getEntries().map((e) => e.entryName);
    expect(names).toEqual(
      expect.arrayContaining([
        'README.txt',
        'identity.json',
        'identity/sign-in-history.csv',
        'cohorts.json',
        'cohorts/coordinations.csv',
        'workshops.json',
        'reminders.json',
        'privacy.json',
      ]),
    );
    const identity = JSON.parse(zip.readAsText('identity.json'));
    expect(identity.profile).toMatchObject({ name: 'Lena Hartmann', email: 'lena@example.org' });
    await page.getByRole('status').getByText('Der Download hat begonnen.').waitFor();
    await checkPage(page, 'export-download');
    await context.close();

    // The same link in someone else's browser says whose it is, in words.
    const other = await app.window();
    await app.signIn(other.page, 'jonas@example.org');
    await other.page.goto(link!);
    await other.page
      .getByRole('alert')
      .getByText('Dieser Export gehört zu einem anderen Konto. Sie sind als Jonas Weber angemeldet')
      .waitFor();
    await checkPage(other.page, 'export-not-yours');
    await other.context.close();
  }, 300_000);

  it('a coordinator asks to be erased; a program manager previews and erases him, and his name is gone', async () => {
    // Five pages checked with axe and screenshots: longer than the project's 3 minutes on a busy machine.
    const jonas = await app.window();
    await app.signIn(jonas.page, 'jonas@example.org');
    await jonas.page.goto('/my-data');
    const ask = jonas.page.getByRole('button', { name: 'Löschung beantragen' });
    expect(await ask.isDisabled()).toBe(true);
    await jonas.page.getByLabel('Ich möchte, dass meine Daten in Zyklus gelöscht werden.').check();
    await ask.click();
    await jonas.page.getByText('Ihr Antrag liegt vor').waitFor();
    await checkPage(jonas.page, 'my-data-erasure-requested');
    await jonas.context.close();

    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Datenschutz' })
      .click();
    const requests = page.getByRole('region', { name: 'Offene Löschanträge' });
    await requests.getByRole('link', { name: 'Jonas Weber' }).waitFor();
    await checkPage(page, 'privacy');

    // From the people page, as a manager would also get there.
    await page.goto('/people');
    await page.getByRole('link', { name: 'Datenschutz: Jonas Weber (Export, Löschung)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Datenschutz: Jonas Weber' }).waitFor();
    await page.getByText('Jonas Weber hat am').waitFor();
    const preview = page.getByRole('region', { name: 'Was beim Löschen passiert' });
    const profile = preview.getByRole('region', { name: 'Profil und Anmeldung' });
    await profile.getByRole('cell', { name: 'wird anonymisiert' }).first().waitFor();
    await preview.getByRole('region', { name: 'Durchgänge und Netzwerke' }).waitFor();
    await checkPage(page, 'person-privacy');

    const erase = page.getByRole('button', { name: 'Jonas Weber endgültig löschen' });
    await page.getByLabel('Name zur Bestätigung').fill('Jonas');
    expect(await erase.isDisabled()).toBe(true);
    await page.getByLabel('Name zur Bestätigung').fill('Jonas Weber');
    await erase.click();
    await page.getByRole('status').getByText('Die Person ist gelöscht.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Datenschutz: Gelöschte Person' }).waitFor();

    await page.goto('/people');
    await page.getByRole('cell', { name: 'lena@example.org' }).waitFor();
    await page.getByRole('cell', { name: 'Gelöschte Person', exact: true }).waitFor();
    const erasedRow = page.getByRole('row').filter({ hasText: 'Gelöschte Person' });
    await erasedRow.getByText('Gelöscht: keine Adresse, keine Rollen').waitFor();
    expect(await erasedRow.getByRole('checkbox').count()).toBe(0);
    expect(await page.getByText('erased.invalid').count()).toBe(0);
    expect(await page.getByText('Jonas Weber').count()).toBe(0);
    expect(await page.getByText('jonas@example.org').count()).toBe(0);

    await page.goto('/privacy');
    await page.getByText('Keine offenen Löschanträge.').waitFor();
    await page.goto('/privacy/audit-log');
    await page.getByRole('cell', { name: 'Person gelöscht' }).waitFor();
    await checkPage(page, 'privacy-audit-log');
    await context.close();
  }, 300_000);

  it('shows what the next retention run will remove', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    // A sign-in link that expired three days ago: due (1 day after expiry). Inserted after
    // signing in, as a sign-in link request prunes such rows itself.
    await app.app.get(DataSource).query(
      `INSERT INTO sign_in_token (person_id, token_hash, expires_at)
         VALUES ($1, repeat('a', 64), now() - interval '3 days')`,
      [world.lena.person.id],
    );
    await page.goto('/privacy');
    await page.getByRole('link', { name: 'Aufbewahrungsfristen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aufbewahrungsfristen' }).waitFor();
    const preview = page.getByRole('region', { name: 'Vorschau auf den nächsten Lauf' });
    await preview.getByRole('rowheader', { name: 'Anmeldelinks' }).waitFor();
    expect(await preview.getByRole('row', { name: /Anmeldelinks/ }).innerText()).toContain('1');

    // A longer period for sign-in links: saved, and the preview follows it.
    await page.getByLabel('Frist in Tagen: Anmeldelinks').fill('2');
    await page.getByRole('button', { name: 'Frist speichern: Anmeldelinks' }).click();
    await page.getByRole('status').getByText('Gespeichert.').waitFor();
    await expect(page.getByLabel('Frist in Tagen: Anmeldelinks').inputValue()).resolves.toBe('2');
    await preview.getByRole('rowheader', { name: 'Anmeldelinks' }).waitFor();
    await checkPage(page, 'retention');
    await context.close();
  });
});
