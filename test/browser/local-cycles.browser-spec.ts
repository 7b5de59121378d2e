import { holidaysBetween, isWeekend } from '@zyklus/common';
import type { Page } from 'playwright-core';
import { BrowserApp, checkPage } from './support/browser-app';
import { describeInBrowser } from './support/chromium';
import { berlinDay, berlinTime, givenProgramme } from './support/scenario';

const SET_LOCAL_TEMPLATE = `mutation ($input: SetLocalTemplateInput!) { setLocalTemplate(input: $input) { id } }`;
const CREATE_RULE = `mutation ($input: CreateReminderRuleInput!) { createReminderRule(input: $input) { id } }`;
const ADD_INITIATIVE = `mutation ($input: AddInitiativeInput!) { addInitiative(input: $input) { id } }`;

const ELBE_CONTACT = 'kontakt@elbe.example.org';
const ROBOTIK_CONTACT = 'jana.roth@example.org';

/** The German date as the app shows a day ("Do., 6. Mai 2027"). */
const shownDay = (date: string) =>
  new Intl.DateTimeFormat('de-DE', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));

describeInBrowser()('the local workshop cycle in the web app (browser)', () => {
  let app: BrowserApp;
  let world: Awaited<ReturnType<typeof givenProgramme>>;

  beforeAll(async () => {
    app = await BrowserApp.start();
    world = await givenProgramme(app);
    await app.gql(world.manager, SET_LOCAL_TEMPLATE, {
      input: {
        programmeId: world.programme.id,
        steps: [
          { title: 'Infoveranstaltung', durationDays: 0.5, defaultFormat: 'ONLINE', gapDays: 0 },
          {
            title: 'Einführung in die Selbstanalyse',
            durationDays: 0.5,
            defaultFormat: 'IN_PERSON',
            gapDays: 21,
          },
          { title: 'Reflexionsworkshop', durationDays: 1, defaultFormat: 'IN_PERSON', gapDays: 42 },
        ],
      },
    });
    await app.gql(world.manager, CREATE_RULE, {
      input: {
        programmeId: world.programme.id,
        eventKind: 'LOCAL_WORKSHOP',
        audience: 'COORDINATOR',
        offsetDays: -1,
      },
    });
    await app.gql(world.lena.person, ADD_INITIATIVE, {
      input: {
        networkId: world.lena.network.id,
        name: 'Schülerlabor Elbe e.V.',
        kind: 'SCHUELERLABOR',
        city: 'Magdeburg',
        contact: { name: 'Uwe Elbe', email: ELBE_CONTACT, consentOn: berlinDay(-30) },
      },
    });
  });

  afterAll(() => app?.close());

  it('a coordinator runs the cycle: initiatives with the duplicate check, planning, workshops, enrolment, attendance, phases', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'lena@example.org');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Mein Zyklus vor Ort' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mein Zyklus vor Ort' }).waitFor();
    await page.getByText('Für diesen Durchgang ist noch kein Zyklus vor Ort geplant.').waitFor();
    await page.getByText(/Einführung in die Selbstanalyse: Vor Ort/).waitFor();

    // A near-duplicate is shown with the existing one and needs an explicit "add anyway".
    const add = page.getByRole('region', { name: 'MINT-Initiative hinzufügen' });
    await add.getByRole('textbox', { name: /^Name( \*)?$/ }).fill('Schuelerlabor Elbe');
    await add.getByRole('textbox', { name: /^Ort( \*)?$/ }).fill('Magdeburg');
    await add.getByRole('button', { name: 'Hinzufügen' }).click();
    const similar = add.getByRole('list', {
      name: 'Ähnliche MINT-Initiativen gibt es im Netzwerk schon',
    });
    await similar.getByText('Schülerlabor Elbe e.V. (Magdeburg, Schülerlabor)').waitFor();
    await checkPage(page, 'local-cycle-duplicate');
    await add.getByRole('button', { name: 'Trotzdem anlegen' }).click();
    await add.getByText('„Schuelerlabor Elbe“ ist angelegt.').waitFor();

    await add.getByRole('textbox', { name: /^Name( \*)?$/ }).fill('Robotik-AG Stadtfeld');
    await add.getByLabel('Art', { exact: true }).selectOption('SCHUL_AG');
    await add.getByRole('textbox', { name: /^Ort( \*)?$/ }).fill('Magdeburg');
    await add.getByLabel('Name der Ansprechperson').fill('Jana Roth');
    await add.getByLabel('E-Mail der Ansprechperson').fill(ROBOTIK_CONTACT);
    await add.getByLabel('Einwilligung in E-Mails am').fill(berlinDay(-2));
    await add.getByRole('button', { name: 'Hinzufügen' }).click();
    await add.getByText('„Robotik-AG Stadtfeld“ ist angelegt.').waitFor();
    await page
      .getByRole('article', { name: 'Robotik-AG Stadtfeld' })
      .getByText(/Jana Roth/)
      .waitFor();

    // Planning from the template: drafts on working days.
    await page.getByLabel('Erster Tag').fill(berlinDay(14));
    await page.getByRole('button', { name: 'Entwürfe anlegen' }).click();
    const info = page.getByRole('region', { name: 'Infoveranstaltung' });
    await info.waitFor();
    await page.getByText('Geplant', { exact: true }).waitFor();

    // A day picked on a public holiday comes back with the holiday named.
    const holiday = holidaysBetween('SACHSEN_ANHALT', berlinDay(30), berlinDay(400)).find(
      (h) => !isWeekend(h.date),
    )!;
    const intro = page.getByRole('region', { name: 'Einführung in die Selbstanalyse' });
    await intro.getByLabel('Tag 1: Datum').fill(holiday.date);
    await intro.getByRole('button', { name: 'Tage speichern' }).click();
    await intro.getByText(`Feiertag am ${shownDay(holiday.date)}: ${holiday.name}`).waitFor();
    await checkPage(page, 'local-cycle-planned');

    // Publishing the first workshop starts the cycle.
    await info.getByLabel('Online-Link').fill('https://meet.example.org/info');
    await info.getByRole('button', { name: 'Titel, Format, Ort und Link speichern' }).click();
    await info.getByText('Gespeichert.').waitFor();
    await info.getByRole('button', { name: 'Veröffentlichen' }).click();
    await info.getByText('Veröffentlicht', { exact: true }).waitFor();
    await page.getByText('Läuft', { exact: true }).waitFor();

    // Another one tomorrow, starting this minute: the rule "1 day before" reminds the
    // coordinator at once, with the link to the cycle's page; its cancellation is mailed too.
    const reflection = page.getByRole('region', { name: 'Reflexionsworkshop' });
    await reflection.getByLabel('Tag 1: Datum').fill(berlinDay(1));
    await reflection.getByLabel('Beginn').fill(berlinTime());
    await reflection.getByLabel('Ende').fill('23:59');
    await reflection.getByRole('button', { name: 'Tage speichern' }).click();
    await reflection.getByText('Gespeichert.').waitFor();
    await reflection.getByLabel('Ort (Name)').fill('Rathaus Magdeburg');
    await reflection.getByRole('button', { name: 'Titel, Format, Ort und Link speichern' }).click();
    await reflection.getByText('Gespeichert.').waitFor();
    await reflection.getByRole('button', { name: 'Veröffentlichen' }).click();
    await reflection.getByText('Veröffentlicht', { exact: true }).waitFor();
    const reminder = await app.smtp.waitFor(
      (m) =>
        JSON.stringify(m.to).includes('lena@example.org') && /Erinnerung/.test(m.subject ?? ''),
      30_000,
    );
    expect(reminder.subject).toContain('Reflexionsworkshop');
    const link = /(http:\/\/\S+\/local-cycle\/[0-9a-f-]+)/.exec(reminder.text ?? '')?.[1];
    expect(link).toBeDefined();
    await reflection.getByRole('button', { name: 'Absagen' }).click();
    const dialog = page.getByRole('dialog', { name: '„Reflexionsworkshop“ absagen' });
    await dialog.getByLabel(/Grund der Absage/).fill('Raum nicht verfügbar');
    await dialog.getByRole('button', { name: 'Workshop absagen' }).click();
    await reflection.getByText('Abgesagt', { exact: true }).waitFor();
    const cancelled = await app.smtp.waitFor(
      (m) => JSON.stringify(m.to).includes('lena@example.org') && /Abgesagt/.test(m.subject ?? ''),
      30_000,
    );
    expect(cancelled.text).toContain('Raum nicht verfügbar');

    // Bulk enrolment and the invitation to the contacts who agreed to emails.
    await page.getByRole('tab', { name: 'Anmeldungen' }).click();
    const enrol = page.getByRole('region', { name: 'MINT-Initiativen in den Zyklus aufnehmen' });
    await enrol.getByLabel('Alle auswählen').check();
    await enrol.getByRole('button', { name: 'Ausgewählte aufnehmen (3)' }).click();
    await enrol.getByText('3 MINT-Initiative(n) aufgenommen.').waitFor();
    const enrolled = page.getByRole('region', { name: 'Im Zyklus' });
    await enrolled.getByText('Angemeldet').first().waitFor();
    await enrolled.getByLabel('Alle auswählen').check();
    await enrolled.getByText('1 ausgewählte ohne Einwilligung').waitFor();
    await enrolled.getByRole('button', { name: 'Einladungen senden (2)' }).click();
    await enrolled.getByText('2 Einladung(en) versandt.').waitFor();
    for (const email of [ELBE_CONTACT, ROBOTIK_CONTACT]) {
      const mail = await app.smtp.waitFor((m) => JSON.stringify(m.to).includes(email), 30_000);
      expect(mail.subject).toContain('Infoveranstaltung');
    }
    await checkPage(page, 'local-cycle-enrolments');

    // The attendance matrix, saved in one go.
    await page.getByRole('tab', { name: 'Anwesenheit' }).click();
    await page
      .getByLabel('Schülerlabor Elbe e.V. bei Infoveranstaltung', { exact: true })
      .selectOption('ATTENDED');
    await page
      .getByLabel('Personen: Schülerlabor Elbe e.V. bei Infoveranstaltung', { exact: true })
      .fill('4');
    await page
      .getByLabel('Robotik-AG Stadtfeld bei Infoveranstaltung', { exact: true })
      .selectOption('EXCUSED');
    await page.getByRole('button', { name: 'Anwesenheit speichern (2 Änderungen)' }).click();
    await page.getByText('Die Anwesenheit ist gespeichert.').waitFor();
    await checkPage(page, 'local-cycle-attendance');
    await page.reload();
    await page.getByRole('tab', { name: 'Anwesenheit' }).click();
    await expect(
      page.getByLabel('Schülerlabor Elbe e.V. bei Infoveranstaltung', { exact: true }).inputValue(),
    ).resolves.toBe('ATTENDED');
    await expect(
      page
        .getByLabel('Personen: Schülerlabor Elbe e.V. bei Infoveranstaltung', { exact: true })
        .inputValue(),
    ).resolves.toBe('4');
    await expect(
      page.getByLabel('Robotik-AG Stadtfeld bei Infoveranstaltung', { exact: true }).inputValue(),
    ).resolves.toBe('EXCUSED');

    await page.getByRole('tab', { name: 'Workshops' }).click();
    await info.getByRole('button', { name: 'Als durchgeführt markieren' }).click();
    await info.getByText('Durchgeführt', { exact: true }).waitFor();

    // Phases: forward freely, back only with a reason; the history keeps both.
    await page.getByRole('tab', { name: 'Selbstanalyse' }).click();
    const robotik = page.getByRole('article', { name: 'Robotik-AG Stadtfeld' }).last();
    await robotik.getByLabel('Neue Phase: Robotik-AG Stadtfeld').selectOption('REFLECTED');
    await robotik.getByRole('button', { name: 'Phase ändern' }).click();
    await robotik.getByText('Nicht begonnen → Reflektiert von Lena Hartmann').waitFor();
    await robotik.getByLabel('Neue Phase: Robotik-AG Stadtfeld').selectOption('PREPARING');
    await robotik.getByLabel(/Begründung für den Schritt zurück/).fill('Neue AG-Leitung');
    await robotik.getByRole('button', { name: 'Phase ändern' }).click();
    await robotik
      .getByText('Reflektiert → In Vorbereitung von Lena Hartmann: Neue AG-Leitung')
      .waitFor();
    await checkPage(page, 'local-cycle-phases');

    // Completing makes it read-only, and the page says why.
    await page.getByRole('button', { name: 'Zyklus abschließen' }).click();
    await page
      .getByRole('dialog', { name: 'Zyklus abschließen?' })
      .getByRole('button', { name: 'Zyklus abschließen' })
      .click();
    await page.getByText(/Dieser Zyklus ist abgeschlossen und nur noch lesbar/).waitFor();
    await expectNoEditing(page);

    // The mailed link opens the cycle's page.
    await page.goto(link!);
    await page.getByRole('heading', { level: 1, name: 'Zyklus vor Ort: MagdeMINT' }).waitFor();
    await page.getByText(/Dieser Zyklus ist abgeschlossen und nur noch lesbar/).waitFor();
    await expectNoEditing(page);
    await checkPage(page, 'local-cycle-completed');
    await context.close();
  }, 480_000);

  it('a program manager sees the cohort’s figures without any contact data, downloads them and reopens the cycle', async () => {
    const { context, page } = await app.window();
    await app.signIn(page, 'petra@example.org');
    await page
      .getByRole('navigation', { name: 'Hauptmenü' })
      .getByRole('link', { name: 'Durchgänge' })
      .click();
    await page.getByRole('link', { name: '7. Durchgang: Qualifizierungsdurchgang 2027' }).click();
    await page.getByRole('link', { name: 'Zyklus vor Ort' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zyklus vor Ort: 7. Durchgang' }).waitFor();
    await page
      .getByText(
        '1 von 2 Netzwerken haben einen Zyklus vor Ort. MINT-Initiativen angemeldet: 3; Workshops durchgeführt: 1.',
      )
      .waitFor();
    const magdeMint = page.getByRole('row', { name: /^MagdeMINT/ });
    await expect(magdeMint.getByRole('cell').allTextContents()).resolves.toEqual([
      'Abgeschlossen',
      '3',
      '0',
      '1 von 2',
      'Nicht begonnen: 2In Vorbereitung: 1',
      expect.any(String),
      expect.stringContaining('Ansehen'),
    ]);
    await page
      .getByRole('row', { name: /^MINTmobil Bamberg/ })
      .getByText('noch keiner')
      .waitFor();
    await checkPage(page, 'local-cycle-overview');
    expect(await page.content()).not.toMatch(/@example\.org/);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Zyklus vor Ort als CSV' }).click();
    const csv = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString(
      'utf8',
    );
    expect(csv).toContain('MagdeMINT');
    expect(csv).not.toContain('@example.org');

    await page.getByRole('link', { name: 'Zyklus von MagdeMINT ansehen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zyklus vor Ort: MagdeMINT' }).waitFor();
    await page.getByRole('tab', { name: 'MINT-Initiativen' }).click();
    await page.getByRole('article', { name: 'Robotik-AG Stadtfeld' }).waitFor();
    expect(await page.content()).not.toContain(ROBOTIK_CONTACT);
    expect(await page.content()).not.toContain(ELBE_CONTACT);
    expect(await page.content()).not.toContain('Jana Roth');
    await checkPage(page, 'local-cycle-manager');

    await page.goBack();
    await page.getByRole('button', { name: 'MagdeMINT: wieder öffnen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zyklus wieder öffnen' });
    await dialog.getByLabel(/Grund für das Wiederöffnen/).fill('Beratungsgespräche fehlen noch');
    await dialog.getByRole('button', { name: 'Wieder öffnen' }).click();
    await page
      .getByRole('row', { name: /^MagdeMINT/ })
      .getByText('Läuft')
      .waitFor();
    await context.close();
  }, 300_000);
});

/** No control that changes the cycle is offered. */
async function expectNoEditing(page: Page): Promise<void> {
  for (const name of [
    'Veröffentlichen',
    'Tage speichern',
    'Absagen',
    'Phase ändern',
    'Zyklus abschließen',
    'Hinzufügen',
  ]) {
    await expect(page.getByRole('button', { name }).count()).resolves.toBe(0);
  }
  await expect(page.getByRole('combobox').count()).resolves.toBe(0);
}
