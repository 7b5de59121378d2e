import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { berlinDay, berlinTime, givenProgramme } from './support/scenario';

describeInBrowser()('a program manager in the web app (browser)', () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await BrowserApp.start();
    await givenProgramme(app);
  });

  afterAll(() => app?.close());

  it('plans the cycle, publishes a workshop, the reminders arrive, and records attendance', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    await page.getByRole('link', { name: '7. Durchgang: Qualifizierungsdurchgang 2027' }).waitFor();
    await checkPage(page, 'manager-home');

    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Durchgänge' })
      .click();
    await page.getByRole('link', { name: '7. Durchgang: Qualifizierungsdurchgang 2027' }).click();
    await page.getByRole('cell', { name: 'MagdeMINT Magdeburg' }).waitFor();
    await page.getByRole('cell', { name: /^Lena Hartmann/ }).waitFor();
    await checkPage(page, 'cohort-overview');

    await page.getByRole('link', { name: 'Workshops planen' }).click();
    await page.getByRole('button', { name: 'Entwürfe anlegen' }).click();
    const kickOff = page.getByRole('region', { name: 'Auftaktworkshop' });
    await kickOff.waitFor();
    await page.getByRole('region', { name: 'Vertiefung Wirkungslogik' }).waitFor();

    // Tomorrow, starting this minute: the rule "1 day before" is due now.
    await kickOff.getByRole('button', { name: 'Tag 2 entfernen' }).click();
    await kickOff.getByLabel('Tag 1: Datum').fill(berlinDay(1));
    await kickOff.getByLabel('Beginn').fill(berlinTime());
    await kickOff.getByLabel('Ende').fill('23:59');
    await kickOff.getByRole('button', { name: 'Tage speichern' }).click();
    await kickOff.getByText('Gespeichert.').waitFor();
    await kickOff.getByLabel('Ort (Name)').fill('Haus der Wissenschaft');
    await kickOff.getByLabel('Adresse').fill('Berlin');
    await kickOff.getByRole('button', { name: 'Ort und Link speichern' }).click();
    await kickOff.getByText('Gespeichert.').waitFor();
    await kickOff.getByRole('button', { name: 'Veröffentlichen' }).click();
    await kickOff.getByText('Veröffentlicht').waitFor();
    await checkPage(page, 'planning');

    for (const email of ['lena@example.org', 'jonas@example.org']) {
      const mail = await app.smtp.waitFor(
        (m) => JSON.stringify(m.to).includes(email) && /Erinnerung/.test(m.subject ?? ''),
        30_000,
      );
      expect(mail.subject).toContain('Auftaktworkshop');
    }

    await page.getByRole('link', { name: 'Anwesenheit', exact: true }).click();
    const lena = page.getByLabel('MagdeMINT bei Auftaktworkshop');
    await lena.selectOption('ATTENDED');
    await page.getByLabel('MINTmobil Bamberg bei Auftaktworkshop').selectOption('EXCUSED');
    await page.getByRole('button', { name: 'Anwesenheit speichern (2 Änderungen)' }).click();
    await page.getByText('Die Anwesenheit ist gespeichert.').waitFor();
    await page.reload();
    await expect(page.getByLabel('MagdeMINT bei Auftaktworkshop').inputValue()).resolves.toBe(
      'ATTENDED',
    );
    await expect(
      page.getByLabel('MINTmobil Bamberg bei Auftaktworkshop').inputValue(),
    ).resolves.toBe('EXCUSED');
    await checkPage(page, 'attendance');

    await page.goto('/reminders');
    await page.getByRole('cell', { name: 'Gesendet' }).first().waitFor();
    await checkPage(page, 'reminders');

    await page.goto('/people');
    await page.getByRole('cell', { name: 'lena@example.org' }).waitFor();
    await checkPage(page, 'people');
    await context.close();
  });

  it('shows the server’s message next to the field it names', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    await page.goto('/people');
    await page.getByRole('textbox', { name: /^Name/ }).fill('Lena Zwei');
    await page.getByRole('textbox', { name: /^E-Mail-Adresse/ }).fill('lena@example.org');
    await page.getByRole('button', { name: 'Einladen' }).click();
    await page.getByText('Diese Adresse ist schon vergeben.').waitFor();
    expect(
      await page.getByRole('textbox', { name: /^E-Mail-Adresse/ }).getAttribute('aria-invalid'),
    ).toBe('true');
    await context.close();
  });
});
