import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { berlinDay, berlinTime, givenProgramme } from './support/scenario';

const CREATE_WORKSHOP = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const FORM_GROUP = `mutation ($input: FormPeerGroupInput!) { formPeerGroup(input: $input) { id } }`;

describeInBrowser()('a program manager in the web app (browser)', () => {
  let app: BrowserApp;
  let world: Awaited<ReturnType<typeof givenProgramme>>;

  beforeAll(async () => {
    app = await BrowserApp.start();
    world = await givenProgramme(app);
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

  it('cancels a published workshop with a reason, which its coordinators then read', async () => {
    const { createWorkshop } = await app.gql<{ createWorkshop: { id: string } }>(
      world.manager,
      CREATE_WORKSHOP,
      {
        input: {
          cohortId: world.cohort.id,
          kind: 'WIRKUNGSMESSUNG',
          title: 'Wirkungsmessung',
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/wirkungsmessung',
          days: [{ date: berlinDay(60), startTime: '09:00', endTime: '16:00' }],
        },
      },
    );
    await app.gql(world.manager, PUBLISH, { id: createWorkshop.id });

    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    await page.goto(`/cohorts/${world.cohort.id}/workshops`);
    const card = page.getByRole('region', { name: 'Wirkungsmessung' });
    await card.getByRole('button', { name: 'Absagen' }).click();
    const dialog = page.getByRole('dialog', { name: '„Wirkungsmessung“ absagen' });
    // The reason field has the focus; without a reason the server's refusal stands at it.
    const reason = dialog.getByLabel('Grund der Absage');
    const reasonId = await reason.getAttribute('id');
    await page.waitForFunction(`document.activeElement?.id === ${JSON.stringify(reasonId)}`, null, {
      timeout: 5_000,
    });
    await dialog.getByRole('button', { name: 'Workshop absagen' }).click();
    await dialog.getByText('Darf nicht leer sein.').waitFor();
    await reason.fill('Die Referentin ist erkrankt.');
    await dialog.getByRole('button', { name: 'Workshop absagen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('Abgesagt', { exact: true }).waitFor();
    await card.getByText('Die Referentin ist erkrankt.').waitFor();
    await context.close();

    const lena = await app.window();
    await app.signIn(lena.page, 'lena@example.org');
    await lena.page.goto(`/workshops/${createWorkshop.id}`);
    await lena.page.getByText('Abgesagt: Die Referentin ist erkrankt.').waitFor();
    await lena.context.close();
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

  it('adds a reminder rule, sees its preview, and filters the ledger by an address one can share', async () => {
    // Cohort 6 (Anja Kühn's) gets a published workshop in three weeks, by the API.
    const { createWorkshop } = await app.gql<{ createWorkshop: { id: string } }>(
      world.manager,
      CREATE_WORKSHOP,
      {
        input: {
          cohortId: world.otherCohort.id,
          kind: 'WIRKUNGSMESSUNG',
          title: 'Wirkungsmessung',
          format: 'ONLINE',
          onlineUrl: 'https://meet.example.org/wirkungsmessung',
          days: [{ date: berlinDay(21), startTime: '09:00', endTime: '16:00' }],
        },
      },
    );
    await app.gql(world.manager, PUBLISH, { id: createWorkshop.id });
    const cohortSix = `6. Durchgang: ${world.otherCohort.title}`;

    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Erinnerungen' })
      .click();
    await page
      .getByRole('region', { name: 'Erinnerung an Teilnehmende, 1 Tag vor dem Beginn' })
      .waitFor();

    await page.getByRole('button', { name: 'Neue Regel' }).click();
    const form = page.getByRole('form', { name: 'Neue Regel' });
    await form.getByLabel('Gilt für').selectOption({ label: cohortSix });
    await form.getByLabel('Art des Termins').selectOption('WORKSHOP');
    await form.getByLabel('Empfänger:innen').selectOption({ label: 'Teilnehmende' });
    await form.getByLabel('Tage', { exact: true }).fill('-3');
    await form.getByLabel('Minuten', { exact: true }).fill('0');
    await form.getByRole('button', { name: 'Regel anlegen' }).click();

    const rule = page.getByRole('region', {
      name: 'Erinnerung an Teilnehmende, 3 Tage vor dem Beginn',
    });
    await rule.getByText('Gespeichert.').waitFor();
    await rule.getByText(`Workshops · ${cohortSix}`).waitFor();
    const preview = rule.getByRole('table', { name: /Vorschau der Regel/ });
    await preview.getByRole('cell', { name: 'Anja Kühn' }).waitFor();
    await preview.getByRole('cell', { name: 'Wirkungsmessung' }).waitFor();
    await checkPage(page, 'reminder-rules');

    // The same rule again: the server's CONFLICT shows at the field it names.
    await page.getByRole('button', { name: 'Neue Regel' }).click();
    await form.getByLabel('Gilt für').selectOption({ label: cohortSix });
    await form.getByLabel('Tage', { exact: true }).fill('-3');
    await form.getByRole('button', { name: 'Regel anlegen' }).click();
    await form.getByText(/Gleich wie Regel/).waitFor();
    expect(await form.getByLabel('Tage', { exact: true }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    await form.getByRole('button', { name: 'Abbrechen' }).click();

    // A rule for one peer group, chosen by its name, is listed with it.
    await app.gql(world.manager, FORM_GROUP, {
      input: {
        programmeId: world.programme.id,
        name: 'Runde Mitte',
        method: 'OPEN_EXCHANGE',
        cohortIds: [world.cohort.id],
        members: [],
      },
    });
    await page.getByRole('button', { name: 'Neue Regel' }).click();
    await form.getByLabel('Art des Termins').selectOption('PEER_ROUND');
    await form.getByLabel('Gilt für').selectOption({ label: 'Runde Mitte (7. Durchgang)' });
    await form.getByLabel('Empfänger:innen').selectOption({ label: 'Mitglieder' });
    await form.getByLabel('Tage', { exact: true }).fill('-2');
    await form.getByRole('button', { name: 'Regel anlegen' }).click();
    await page
      .getByRole('region', { name: 'Erinnerung an Mitglieder, 2 Tage vor dem Beginn' })
      .getByText('Kollegiale Runden · Runde Mitte (7. Durchgang)')
      .waitFor();

    // The ledger: cohort 6, pending, Anja Kühn, due in the next four weeks.
    await page
      .getByLabel('Durchgang')
      .selectOption({ label: `${cohortSix} (MINT-Qualitätsoffensive)` });
    await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Geplant' });
    await page.getByRole('combobox', { name: 'Person' }).fill('Anja');
    await page.getByRole('option', { name: /^Anja Kühn/ }).click();
    await page.getByLabel('Fällig bis (Tag, einschließlich)').fill(berlinDay(28));
    // Picked at once after one another: the day must not undo the person.
    await page.waitForURL((url) => url.searchParams.has('person') && url.searchParams.has('to'));
    await page.getByText('2 Erinnerungen').waitFor();
    const ledger = page.getByRole('table').first();
    expect(await ledger.getByRole('cell', { name: 'Anja Kühn' }).count()).toBe(2);
    expect(await ledger.getByRole('cell', { name: 'Lena Hartmann' }).count()).toBe(0);
    const address = new URL(page.url());
    expect(address.pathname).toBe('/reminders');
    expect(Object.fromEntries(address.searchParams)).toEqual({
      status: 'PENDING',
      cohort: world.otherCohort.id,
      person: expect.any(String),
      to: berlinDay(28),
    });
    await checkPage(page, 'reminders-filtered');

    // The address shared: another window shows the same list.
    const other = await app.window();
    await app.signIn(other.page, 'petra@example.org');
    await other.page.goto(page.url());
    await other.page.getByText('2 Erinnerungen').waitFor();
    expect(await other.page.getByLabel('Status', { exact: true }).inputValue()).toBe('PENDING');
    await other.context.close();
    await context.close();
  });
});
