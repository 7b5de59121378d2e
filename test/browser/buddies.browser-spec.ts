import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { PersonEntity } from '@zyklus/identity';
import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { berlinDay, givenProgramme } from './support/scenario';

const PROFILE = `mutation ($input: UpdateMyBuddyProfileInput!) { updateMyBuddyProfile(input: $input) { capacity } }`;
const PROPOSE = `mutation ($input: ProposeBuddyPairingsInput!) { proposeBuddyPairings(input: $input) { id } }`;
const PLAN = `mutation ($input: PlanBuddySessionInput!) { planBuddySession(input: $input) { id } }`;
const NOTES = 'Vertraulich: Förderantrag der Initiative besprochen';

describeInBrowser()('buddy pairings in the web app (browser)', () => {
  let app: BrowserApp;
  let world: Awaited<ReturnType<typeof givenProgramme>>;
  let bernd: PersonEntity;

  beforeAll(async () => {
    app = await BrowserApp.start();
    world = await givenProgramme(app);
    // Alumni of an earlier, completed cohort, who offer to be buddies.
    const earlier = await app.given.cohort({
      programmeId: world.programme.id,
      number: 4,
      status: CohortStatus.COMPLETED,
      startDate: berlinDay(-500),
      endDate: berlinDay(-150),
    });
    const alumni = [
      { name: 'Anna Alt', email: 'anna@example.org', network: 'MINT ins Land', city: 'Halle' },
      { name: 'Bernd Berg', email: 'bernd@example.org', network: 'Sensor Space', city: 'Erfurt' },
    ];
    const people: PersonEntity[] = [];
    for (const a of alumni) {
      const { person } = await app.given.coordinatorIn(
        earlier,
        ParticipationStatus.COMPLETED,
        { name: a.name, email: a.email },
        { name: a.network, city: a.city },
      );
      await app.gql(person, PROFILE, {
        input: { capacity: 2, topics: ['FOERDERUNG'], bundeslaender: [], languages: ['de'] },
      });
      people.push(person);
    }
    bernd = people[1]!;
  });

  afterAll(() => app?.close());

  /** The `/tandem/<id>` link of the proposal mail the server sent to `email`. */
  async function proposalLink(email: string): Promise<string> {
    const mail = await app.smtp.waitFor(
      (m) =>
        JSON.stringify(m.to).includes(email) && /Vorschlag: Buddy-Tandem/.test(m.subject ?? ''),
      30_000,
    );
    const link = /(http:\/\/\S+\/tandem\/[0-9a-f-]{36})/.exec(mail.text ?? '')?.[1];
    if (!link) throw new Error(`No pairing link in: ${mail.text}`);
    return link;
  }

  async function openAs(email: string) {
    const window = await app.window();
    await app.signIn(window.page, email);
    return window;
  }

  it('a program manager proposes from the matching board, and both people are mailed the link', async () => {
    const { context, page: petra } = await openAs('petra@example.org');
    await petra.goto(`/cohorts/${world.cohort.id}`);
    await petra.getByRole('link', { name: 'Buddy-Matching' }).click();
    await petra.getByRole('heading', { level: 1, name: 'Buddy-Matching: 7. Durchgang' }).waitFor();
    const lenaRow = petra.getByRole('region', { name: 'Lena Hartmann' });
    await lenaRow.getByRole('radio', { name: /Anna Alt/ }).waitFor();
    await checkPage(petra, 'buddy-matching');
    await lenaRow.getByRole('radio', { name: /Anna Alt/ }).check();
    await petra.getByRole('checkbox', { name: 'Jonas Weber vorschlagen' }).uncheck();
    await petra.getByRole('button', { name: 'Ausgewählte vorschlagen (1)' }).click();
    await petra.getByText('1 Tandem vorgeschlagen; beide bekommen eine E-Mail.').waitFor();
    // Lena now has an open proposal: she leaves the board, Jonas stays.
    await petra.getByRole('region', { name: 'Lena Hartmann' }).waitFor({ state: 'detached' });
    await petra.getByRole('region', { name: 'Jonas Weber' }).waitFor();
    const link = await proposalLink('lena@example.org');
    expect(await proposalLink('anna@example.org')).toBe(link);
    await context.close();

    // The new coordinator signs in: her home shows the proposal waiting for her answer.
    const { context: lenaContext, page: lena } = await openAs('lena@example.org');
    const tandem = lena.getByRole('region', { name: 'Mein Tandem' });
    await tandem
      .getByText('Ein Tandem mit Anna Alt ist vorgeschlagen und wartet auf Ihre Antwort.')
      .waitFor();
    expect(await tandem.getByRole('link', { name: 'Antworten' }).getAttribute('href')).toBe(
      new URL(link).pathname,
    );
    await checkPage(lena, 'home-tandem-proposal');
    await tandem.getByRole('link', { name: 'Antworten' }).click();
    await lena.getByRole('heading', { level: 1, name: 'Tandem mit Anna Alt' }).waitFor();
    await lenaContext.close();
  });

  it('the pair answers the mailed proposal and meets; the manager sees sessions held, never notes', async () => {
    const { proposeBuddyPairings } = await app.gql<{ proposeBuddyPairings: { id: string }[] }>(
      world.manager,
      PROPOSE,
      {
        input: {
          cohortId: world.cohort.id,
          pairs: [{ newCoordinatorId: world.jonas.person.id, buddyId: bernd.id }],
        },
      },
    );
    const pairingId = proposeBuddyPairings[0]!.id;

    // The new coordinator opens the link of the mail the server sent him, and accepts.
    const jonasWindow = await openAs('jonas@example.org');
    const jonas = jonasWindow.page;
    const link = await proposalLink('jonas@example.org');
    expect(link).toMatch(new RegExp(`/tandem/${pairingId}$`));
    await jonas.goto(link);
    await jonas.getByRole('heading', { level: 1, name: 'Tandem mit Bernd Berg' }).waitFor();
    await jonas.getByText('Die E-Mail-Adresse sehen Sie beide', { exact: false }).waitFor();
    await checkPage(jonas, 'tandem-proposal');
    await jonas.getByRole('button', { name: 'Zusagen' }).click();
    await jonas.getByText('Sie haben zugesagt. Es fehlt noch die Zusage von Bernd Berg.').waitFor();

    // The buddy accepts from his mail: the pairing is active, each sees the other's email.
    const berndWindow = await openAs('bernd@example.org');
    const berndPage = berndWindow.page;
    await berndPage.goto(await proposalLink('bernd@example.org'));
    await berndPage.getByText('Jonas Weber hat schon zugesagt.').waitFor();
    await berndPage.getByRole('button', { name: 'Zusagen' }).click();
    await berndPage.getByRole('link', { name: 'jonas@example.org' }).waitFor();
    await berndWindow.context.close();

    // Jonas plans a session; Bernd's invitation arrives with a calendar entry.
    await jonas.reload();
    await jonas.getByRole('link', { name: 'bernd@example.org' }).waitFor();
    const plan = jonas.getByRole('region', { name: 'Treffen planen' });
    await plan.getByLabel('Datum').fill(berlinDay(3));
    await plan.getByLabel('Beginn').fill('17:00');
    await plan.getByLabel('Ende').fill('18:00');
    await plan.getByLabel('Link zum Online-Treffen').fill('https://meet.example.org/tandem');
    await plan.getByLabel('Thema (optional)').fill('Initiativen ansprechen');
    await plan.getByRole('button', { name: 'Treffen planen' }).click();
    await jonas.getByText('Das Treffen ist geplant; Bernd Berg bekommt die Einladung.').waitFor();
    const invitation = await app.smtp.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('bernd@example.org') &&
        /Einladung: Buddy-Treffen mit Jonas Weber/.test(m.subject ?? ''),
      30_000,
    );
    expect(JSON.stringify(invitation.attachments?.map((a) => a.contentType))).toContain(
      'text/calendar',
    );
    await jonas.getByText(/17:00–18:00 \(ME(S)?Z\)/).waitFor();
    await checkPage(jonas, 'tandem-active');

    // A session that has begun (planned through the API a moment ahead): Jonas marks it held
    // and writes the pair's notes.
    await app.gql(bernd, PLAN, {
      input: {
        pairingId,
        startsAt: new Date(Date.now() + 1_500).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        format: 'PHONE',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await jonas.reload();
    await jonas.getByLabel('Notizen (nur Sie beide lesen sie)').fill(NOTES);
    await jonas.getByRole('button', { name: 'Hat stattgefunden' }).click();
    await jonas.getByText('Notizen gespeichert.').waitFor();
    await jonas.getByText('Stattgefunden', { exact: true }).waitFor();

    await jonas.goto('/tandem');
    await jonas.getByRole('link', { name: 'Ihr Buddy: Bernd Berg' }).waitFor();
    await checkPage(jonas, 'my-tandems');
    await jonasWindow.context.close();

    // The manager's pairing list: one session held, and never the notes (not even asked for).
    const { context, page: petra } = await openAs('petra@example.org');
    const asked: string[] = [];
    petra.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
    });
    await petra.goto(`/cohorts/${world.cohort.id}/tandems`);
    const row = petra.getByRole('row', { name: /Jonas Weber/ });
    await row.getByText('Aktiv', { exact: true }).waitFor();
    expect(await row.getByRole('cell').nth(3).textContent()).toBe('1');
    expect(await petra.content()).not.toContain('Förderantrag der Initiative');
    expect(asked.length).toBeGreaterThan(0);
    for (const body of asked) expect(body).not.toMatch(/\bnotes\b/);
    await checkPage(petra, 'buddy-pairings');
    await context.close();
  }, 420_000);

  it('lets an alumnus keep their buddy profile', async () => {
    const { context, page: anna } = await openAs('anna@example.org');
    await anna
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Mein Buddy-Profil' })
      .click();
    await anna.getByRole('heading', { level: 1, name: 'Mein Buddy-Profil' }).waitFor();
    await anna.getByLabel('Wie viele Tandems gleichzeitig?').selectOption('3');
    await anna.getByRole('checkbox', { name: 'Thüringen' }).check();
    await anna.getByRole('button', { name: 'Profil speichern' }).click();
    await anna.getByText('Ihr Buddy-Profil ist gespeichert.').waitFor();
    await anna.reload();
    await expect(anna.getByLabel('Wie viele Tandems gleichzeitig?').inputValue()).resolves.toBe(
      '3',
    );
    expect(await anna.getByRole('checkbox', { name: 'Thüringen' }).isChecked()).toBe(true);
    await checkPage(anna, 'buddy-profile');
    await context.close();
  });
});
