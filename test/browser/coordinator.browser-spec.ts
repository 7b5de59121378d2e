import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { berlinDay, givenProgramme } from './support/scenario';

const PLAN = `mutation ($input: PlanCohortCycleInput!) { planCohortCycle(input: $input) { id title } }`;
const UPDATE = `mutation ($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const RESCHEDULE = `mutation ($input: RescheduleWorkshopInput!) { rescheduleWorkshop(input: $input) { id } }`;

describeInBrowser()('a coordinator in the web app (browser)', () => {
  let app: BrowserApp;
  let world: Awaited<ReturnType<typeof givenProgramme>>;
  let kickOffId: string;

  beforeAll(async () => {
    app = await BrowserApp.start();
    world = await givenProgramme(app);
    const { planCohortCycle } = await app.gql<{ planCohortCycle: { id: string; title: string }[] }>(
      world.manager,
      PLAN,
      { input: { cohortId: world.cohort.id, startDate: berlinDay(14) } },
    );
    kickOffId = planCohortCycle.find((w) => w.title === 'Auftaktworkshop')!.id;
    await app.gql(world.manager, UPDATE, {
      input: { id: kickOffId, place: { name: 'Haus der Wissenschaft', address: 'Berlin' } },
    });
    await app.gql(world.manager, PUBLISH, { id: kickOffId });
  });

  afterAll(() => app?.close());

  it('signs in from the mailed link and sees the next workshop, the cycle and the workshop', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');

    const next = page.getByRole('heading', { name: 'Ihr nächster Workshop' });
    await next.waitFor();
    await page.getByRole('link', { name: 'Auftaktworkshop' }).waitFor();
    await page.getByText('Haus der Wissenschaft, Berlin').waitFor();
    await checkPage(page, 'coordinator-home');

    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Mein Workshop-Zyklus' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mein Workshop-Zyklus' }).waitFor();
    await page.getByText('7. Qualifizierungsdurchgang – MagdeMINT').waitFor();
    await page.getByText('0 von 2 Pflicht-Workshops besucht').waitFor();
    await page.getByText('Noch nicht terminiert').waitFor();
    await checkPage(page, 'coordinator-cycle');

    await page.getByRole('link', { name: 'Auftaktworkshop' }).click();
    await page.getByRole('heading', { level: 1, name: 'Auftaktworkshop' }).waitFor();
    await page
      .getByText(/09:00–17:00 \(ME(S)?Z\)/)
      .first()
      .waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Termin herunterladen (.ics)' }).click();
    const file = await download;
    const ics = await (await file.createReadStream()).toArray();
    expect(Buffer.concat(ics).toString('utf8')).toContain('SUMMARY:Auftaktworkshop');
    await checkPage(page, 'workshop');
    await context.close();
  });

  it('shows a reschedule on the workshop page', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');
    await page.goto(`/workshops/${kickOffId}`);
    await page.getByRole('heading', { level: 1, name: 'Auftaktworkshop' }).waitFor();

    const newDay = berlinDay(21);
    await app.gql(world.manager, RESCHEDULE, {
      input: { id: kickOffId, days: [{ date: newDay, startTime: '10:00', endTime: '16:00' }] },
    });
    await page.reload();
    await page.getByText(/10:00–16:00/).waitFor();
    const shown = new Intl.DateTimeFormat('de-DE', {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${newDay}T12:00:00Z`));
    await page.getByText(shown).waitFor();
    await context.close();
  });

  it('shows another cohort’s page as “no access”, not as a crash', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');
    await page.goto(`/cohorts/${world.otherCohort.id}`);
    await page.getByRole('heading', { level: 1, name: 'Kein Zugriff' }).waitFor();
    await checkPage(page, 'forbidden');
    await context.close();
  });

  it('shows the cohort, the calendar subscription and the profile, and switches to English', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');
    await page.goto('/my-cohort');
    await page.getByText('MINTmobil Bamberg (Bamberg)').waitFor();
    await checkPage(page, 'my-cohort');

    await page.goto('/calendar-subscription');
    await page.getByRole('button', { name: 'Kalenderadresse erstellen' }).click();
    const address = page.getByLabel('Ihre Kalenderadresse (wird nur jetzt angezeigt)');
    await expect(address.inputValue()).resolves.toMatch(/\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    const webcal = await page.getByRole('link', { name: /webcal/ }).getAttribute('href');
    expect(webcal).toMatch(/^webcal:\/\//);
    await checkPage(page, 'calendar');
    await page.getByRole('button', { name: 'Kalenderadresse abschalten' }).click();
    await page.getByText('Die Kalenderadresse ist abgeschaltet.').waitFor();

    await page.goto('/profile');
    await page.getByLabel('Sprache für E-Mails und diese Seiten').selectOption('EN');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    await checkPage(page, 'profile');
    await context.close();
  });
});
