import { Bundesland } from '@zyklus/cohorts';
import { holidayOn } from '@zyklus/common';
import { DataSource } from 'typeorm';
import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { berlinDay, berlinTime, givenProgramme } from './support/scenario';

const CREATE_RULE = `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`;
const PLAN_ONE = `mutation ($input: PlanPeerRoundInput!) { planPeerRound(input: $input) { id } }`;
const MY_ANSWER = `query ($id: ID!) { peerRound(id: $id) { myRsvp } }`;
const MY_GROUPS = `query { myPeerGroups { id name } }`;

/**
 * Days from today to the first round: a week, or a little more when that day is a public
 * holiday somewhere (a series leaves out its members' holidays, and the reminder below must be
 * due now).
 */
const LEAD_DAYS = [7, 8, 9, 10, 11, 12, 13].find(
  (n) => !Object.values(Bundesland).some((state) => holidayOn(state, berlinDay(n)) !== null),
)!;

const MINUTES = 'Vertrauliches Protokoll: Lena berichtet von ihrer Schule.';
const CASE = {
  title: 'Initiativen gewinnen',
  keyQuestion: 'Wie spreche ich Initiativen an, die noch zögern?',
  text: 'Zwei Initiativen haben nach dem Infoabend nicht mehr geantwortet.',
};

/**
 * Kollegiale Runden in the browser: a program manager forms a group and plans a series; a member
 * answers from the link in the reminder mail the server really sent (nothing is stored before the
 * click), proposes a case and writes the minutes; the manager's group page shows roles and
 * attendance but none of the group's contents.
 */
describeInBrowser()('kollegiale Runden in the web app (browser)', () => {
  let app: BrowserApp;
  let world: Awaited<ReturnType<typeof givenProgramme>>;
  let groupId: string;
  let roundLink: string;
  let pastRoundId: string;

  beforeAll(async () => {
    app = await BrowserApp.start();
    world = await givenProgramme(app);
    await app.given.coordinatorIn(
      world.cohort,
      undefined,
      { name: 'Mara Schulz', email: 'mara@example.org' },
      { name: 'MINT-Campus Dachau', city: 'Dachau' },
    );
    // Members LEAD_DAYS (a week) before each round, at the round's wall-clock time.
    await app.gql(world.manager, CREATE_RULE, {
      input: {
        programmeId: world.programme.id,
        eventKind: 'PEER_ROUND',
        audience: 'MEMBERS',
        offsetDays: -LEAD_DAYS,
      },
    });
  });

  afterAll(() => app?.close());

  it('a program manager forms a group from the suggestions and plans a series', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Kollegiale Runden' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kollegiale Runden' }).waitFor();
    await page.getByText('Noch keine Gruppen.').waitFor();

    await page.getByLabel('Name der Gruppe').fill('Runde Mitte');
    await page.getByLabel('7. Durchgang – Qualifizierungsdurchgang 2027').check();
    await page.getByLabel('Vorschläge für den Durchgang').selectOption({ label: '7. Durchgang' });
    await page.getByLabel('Gruppengröße').fill('3');
    await page.getByRole('button', { name: 'Vorschläge anzeigen' }).click();
    await page.getByLabel(/^Vorschlag 1 /).waitFor();
    await checkPage(page, 'peer-groups');
    await page.getByRole('button', { name: 'Diese Mitglieder übernehmen' }).click();
    await page.getByRole('heading', { name: 'Erste Mitglieder (3)' }).waitFor();
    await page.getByRole('button', { name: 'Gruppe bilden' }).click();

    await page.getByRole('heading', { level: 1, name: 'Runde Mitte' }).waitFor();
    groupId = /\/runden\/gruppen\/([0-9a-f-]+)$/.exec(page.url())![1]!;
    await page.getByRole('cell', { name: 'Lena Hartmann', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Gruppe aktivieren' }).click();
    await page.getByText('Aktiv', { exact: true }).waitFor();

    // The first round in LEAD_DAYS at this minute: the rule "LEAD_DAYS before" is due now.
    const series = page.getByRole('form', { name: 'Reihe planen' });
    await series.getByLabel('Anzahl Runden').fill('60');
    await series.getByRole('button', { name: 'Reihe planen' }).click();
    await series.getByText('Eine Reihe hat höchstens 52 Runden.').waitFor();
    await series.getByLabel('Erste Runde am').fill(berlinDay(LEAD_DAYS));
    await series.getByLabel('Beginn').fill(berlinTime());
    await series.getByLabel(/^Ende\W*$/).fill('23:59');
    await series.getByLabel('Alle … Wochen').fill('2');
    await series.getByLabel('Anzahl Runden').fill('3');
    await series.getByLabel('Link (https)').fill('https://meet.example.org/runde-mitte');
    await series.getByRole('button', { name: 'Reihe planen' }).click();
    await series.getByText('3 Runden geplant.').waitFor();
    await page.getByRole('article').filter({ hasText: 'Zusagen: 0 ja' }).first().waitFor();
    await checkPage(page, 'peer-group-manager');
    await context.close();
  });

  it('a member answers from the mailed link: opening it stores nothing, the click does', async () => {
    const mail = await app.smtp.waitFor(
      (m) => JSON.stringify(m.to).includes('lena@example.org') && /\/runden\//.test(m.text ?? ''),
      30_000,
    );
    expect(mail.text).toContain('Zu- oder absagen');
    // One link per answer: "Ja, ich komme: …/runden/<id>?answer=YES".
    const yesLink = /Ja, ich komme: (http:\/\/\S+\/runden\/[0-9a-f-]{36}\?answer=YES)/.exec(
      mail.text ?? '',
    )![1]!;
    expect(mail.text).toContain(yesLink.replace('YES', 'NO'));
    roundLink = yesLink.replace('?answer=YES', '');
    const roundId = roundLink.split('/').pop()!;
    const lena = world.lena.person;
    const answer = async () =>
      (await app.gql<{ peerRound: { myRsvp: string | null } }>(lena, MY_ANSWER, { id: roundId }))
        .peerRound.myRsvp;

    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');
    await page.goto(yesLink);
    await page.getByRole('heading', { level: 1, name: /^Runde Mitte – Runde am/ }).waitFor();
    expect(await page.getByLabel('Ja, ich komme').isChecked()).toBe(true);
    await page.getByText('Die Antwort aus dem Link ist vorausgewählt.', { exact: false }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await answer()).toBeNull();

    await page.getByLabel('Vielleicht').check();
    expect(await answer()).toBeNull();
    await page.getByRole('button', { name: 'Antwort senden' }).click();
    await page.getByText('Ihre Antwort ist gespeichert: Vielleicht.').waitFor();
    expect(await answer()).toBe('MAYBE');

    // Opening the plain link again shows the stored answer and changes nothing.
    await page.goto(roundLink);
    await page.getByText('Bisher haben Sie geantwortet: Vielleicht.').waitFor();
    expect(await page.getByLabel('Vielleicht').isChecked()).toBe(true);
    expect(await answer()).toBe('MAYBE');

    // Roles from the rotation suggestion, assigned explicitly.
    await page.getByRole('button', { name: 'Rollen vergeben' }).click();
    await page.getByRole('button', { name: 'Vorschlag übernehmen' }).click();
    await page.getByLabel('Moderation').selectOption({ label: 'Lena Hartmann' });
    await page.getByLabel('Protokoll', { exact: true }).selectOption({ label: 'Jonas Weber' });
    await page.getByRole('button', { name: 'Rollen speichern' }).click();
    await page.getByText('Moderation: Lena Hartmann').waitFor();
    await checkPage(page, 'peer-round-rsvp');
    await context.close();
  });

  it('a member proposes a case and writes the minutes of a round that took place', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Meine Runden' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Meine Runden' }).waitFor();
    await page.getByRole('heading', { name: 'Kommende Runden' }).waitFor();
    await page.getByText(/Ihre Antwort: Vielleicht · Ihre Rolle: Moderation/).waitFor();

    const form = page.getByRole('form', { name: 'Einen Fall einbringen' });
    await form.getByText('Bitte nennen Sie keine Dritten beim Namen', { exact: false }).waitFor();
    await form.getByLabel('Titel').fill(CASE.title);
    await form.getByLabel('Schlüsselfrage').fill(CASE.keyQuestion);
    await form.getByLabel('Hintergrund (freiwillig)').fill(CASE.text);
    await form.getByRole('button', { name: 'Fall einbringen' }).click();
    await form.getByText('Ihr Fall steht in der Warteschlange.').waitFor();
    const card = page.getByRole('article', { name: CASE.title });
    await card.getByText('In der Warteschlange').waitFor();
    await card.getByRole('button', { name: 'Einplanen' }).click();
    await card.getByText('Eingeplant').waitFor();
    await checkPage(page, 'my-peer-rounds');

    // A round that took place yesterday (planned through the API, then dated back).
    const { planPeerRound } = await app.gql<{ planPeerRound: { id: string } }>(
      world.manager,
      PLAN_ONE,
      {
        input: {
          groupId,
          date: berlinDay(40),
          startTime: '18:00',
          endTime: '19:30',
          format: 'IN_PERSON',
          place: 'Magdeburg',
        },
      },
    );
    pastRoundId = planPeerRound.id;
    const db = app.app.get(DataSource);
    // The group has met for a month: its members joined before that round.
    await db.query(`UPDATE peer_group_member SET from_date = from_date - 30 WHERE group_id = $1`, [
      groupId,
    ]);
    await db.query(
      `UPDATE peer_round SET starts_at = now() - interval '26 hours',
                ends_at = now() - interval '24 hours' WHERE id = $1`,
      [pastRoundId],
    );

    await page.goto(`/runden/${pastRoundId}`);
    await page.getByRole('heading', { name: 'Anwesenheit' }).waitFor();
    await page.getByLabel('Lena Hartmann').check();
    await page.getByLabel('Jonas Weber').check();
    await page.getByRole('button', { name: 'Runde fand statt – Anwesenheit speichern' }).click();
    await page.getByText('Erfasst: Die Runde fand statt.').waitFor();
    await page.getByLabel('Protokoll der Runde').fill(MINUTES);
    await page.getByRole('button', { name: 'Protokoll speichern' }).click();
    await page.getByText('Das Protokoll ist gespeichert.').waitFor();
    await page.getByLabel('4', { exact: true }).check();
    await page.getByLabel('Reflexion (freiwillig)').fill('Hilfreich.');
    await page.getByRole('button', { name: 'Feedback senden' }).click();
    await page.getByText('Ihre Bewertung: 4 von 5.').waitFor();
    await checkPage(page, 'peer-round-after');
    await context.close();
  });

  it('the manager’s group page (the nudge’s address) shows roles and attendance, never contents', async () => {
    const { context, page } = await app.window();
    const asked: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) asked.push(request.postData() ?? '');
    });
    await app.signIn(page, 'petra@example.org');
    await page.goto(`/runden/gruppen/${groupId}`);
    await page.getByRole('heading', { level: 1, name: 'Runde Mitte' }).waitFor();
    await page.getByText('2 Personen waren da').waitFor();
    await page.getByText(/Moderation: Lena Hartmann · Fallgeber:in: Lena Hartmann/).waitFor();
    await page.getByText('Zusagen: 0 ja, 0 nein, 1 vielleicht').first().waitFor();
    await page.waitForLoadState('networkidle');
    const shown = await page.locator('body').innerText();
    for (const secret of [MINUTES, CASE.title, CASE.keyQuestion, CASE.text, 'Hilfreich.']) {
      expect(shown).not.toContain(secret);
    }
    const queries = asked.join('\n');
    for (const field of ['minutes', 'caseQueue', 'keyQuestion', 'rsvps']) {
      expect(queries).not.toContain(field);
    }
    await checkPage(page, 'peer-group-contents-hidden');

    // The round's page as the manager sees it: when and roles, no answer form.
    await page.goto(`/runden/${pastRoundId}`);
    await page.getByRole('link', { name: 'Zur Gruppe Runde Mitte' }).waitFor();
    expect(await page.locator('body').innerText()).not.toContain(MINUTES);
    await context.close();
  });

  it('a member who opens the group address sees the group as a member', async () => {
    const { myPeerGroups } = await app.gql<{ myPeerGroups: { id: string }[] }>(
      world.jonas.person,
      MY_GROUPS,
    );
    expect(myPeerGroups.map((g) => g.id)).toEqual([groupId]);
    const { context, page } = await app.window();
    await app.signIn(page, 'jonas@example.org');
    await page.goto(`/runden/gruppen/${groupId}`);
    await page.getByRole('heading', { level: 1, name: 'Runde Mitte' }).waitFor();
    await page.getByRole('article', { name: CASE.title }).waitFor();
    await context.close();
  });
});
