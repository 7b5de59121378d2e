import { Language } from '@zyklus/common';
import { Role } from '@zyklus/identity';
import AdmZip from 'adm-zip';
import { ParsedMail } from 'mailparser';
import { GraphQLClient } from '../support/graphql-client';
import { givenPeerHistory, OTHERS, OWN } from '../support/peer-privacy';
import { ReminderHarness } from '../support/reminder-scenario';

const REQUEST_MINE = `mutation { requestMyExport { id personId expiresAt downloadUrl archiveUrl archiveBytes } }`;
const REQUEST_FOR = `mutation ($personId: ID!) { requestPersonExport(personId: $personId) { id downloadUrl archiveUrl } }`;
const ONE = `query ($id: ID!) { personalDataExport(id: $id) { id personId expiresAt archiveUrl } }`;
const AUDIT = `query ($personId: ID) {
  privacyAuditLog(personId: $personId, first: 100) { action actorPersonId subjectPersonId details { key value } }
}`;

const pathOf = (url: string) => new URL(url).pathname;
const textOf = (mail: ParsedMail) => mail.text ?? '';

describe('personal-data export (Art. 15/20)', () => {
  let h: ReminderHarness;
  let pm: GraphQLClient;

  beforeAll(async () => {
    h = await ReminderHarness.start();
    pm = h.pm;
  });
  afterAll(() => h.close());
  beforeEach(() => h.reset());

  it('gives a coordinator a ZIP of every context’s data about her, mailed as a link, and nothing of anyone else', async () => {
    const scenario = await h.given.workshop();
    const [anna, ben, workshopId] = [
      scenario.anna.person,
      scenario.ben.person,
      scenario.workshopId,
    ];
    const annaClient = await h.t.as(anna);
    const { requestMyExport } = await annaClient.data(REQUEST_MINE);
    expect(requestMyExport.personId).toBe(anna.id);

    const mail = await h.sink.waitFor((m) => m.subject === 'Ihre Daten aus Zyklus stehen bereit');
    expect(mail.to && 'value' in mail.to ? mail.to.value[0]?.address : '').toBe(anna.email);
    // The mail links to the web app's page, which downloads the ZIP with the person's token.
    expect(pathOf(requestMyExport.downloadUrl)).toBe(`/my-data/exports/${requestMyExport.id}`);
    expect(textOf(mail)).toContain(requestMyExport.downloadUrl);
    expect(textOf(mail)).not.toContain('/exports/personal-data/');
    expect(textOf(mail)).toContain('7 Tage gültig');

    const download = await h.t.download(pathOf(requestMyExport.archiveUrl), {
      authorization: `Bearer ${await h.t.tokenFor(anna)}`,
    });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toContain('application/zip');
    const zip = new AdmZip(download.bytes);
    const files = Object.fromEntries(
      zip.getEntries().map((e) => [e.entryName, e.getData().toString('utf8')]),
    );
    expect(Object.keys(files).sort()).toEqual([
      'README.txt',
      'buddies.json',
      'buddies/buddy-tandems.csv',
      'cohorts.json',
      'cohorts/coordinations.csv',
      'cohorts/participations.csv',
      'identity.json',
      'identity/sign-in-history.csv',
      'local-cycles.json',
      'local-cycles/initiative-contact.csv',
      'local-cycles/phase-changes.csv',
      'peer-rounds.json',
      'peer-rounds/memberships.csv',
      'peer-rounds/rounds.csv',
      'privacy.json',
      'privacy/privacy-log.csv',
      'reminders.json',
      'reminders/reminder-ledger.csv',
      'workshops.json',
      'workshops/attendance.csv',
    ]);
    expect(files['README.txt']).toContain('Dieses Archiv enthält alle Daten');
    expect(files['README.txt']).toContain('This archive holds all data');
    const identity = JSON.parse(files['identity.json']!);
    expect(identity.profile).toMatchObject({ name: 'Anna Alt', email: anna.email });
    const cohorts = JSON.parse(files['cohorts.json']!);
    expect(cohorts.coordinations).toHaveLength(1);
    expect(cohorts.participations).toEqual([expect.objectContaining({ status: 'ACTIVE' })]);
    const reminders = JSON.parse(files['reminders.json']!);
    expect(reminders.reminders.map((r: { eventId: string }) => r.eventId)).toEqual([
      workshopId,
      workshopId,
    ]);
    expect(files['reminders/reminder-ledger.csv']).toContain('PENDING');
    // File by file: nothing about Ben (his name, his address, his network).
    for (const [name, content] of Object.entries(files)) {
      expect([name, content.includes(ben.email), content.includes('Ben Brandt')]).toEqual([
        name,
        false,
        false,
      ]);
    }
  });

  it('gives a peer-group member their rounds and what they wrote, never another member’s case, minutes or reflection', async () => {
    const s = await givenPeerHistory(h.t);
    const [me, other] = [s.people[0]!, s.people[1]!];
    const { requestMyExport } = await (await h.t.as(me)).data(REQUEST_MINE);
    const download = await h.t.download(pathOf(requestMyExport.archiveUrl), {
      authorization: `Bearer ${await h.t.tokenFor(me)}`,
    });
    const zip = new AdmZip(download.bytes);
    const files = Object.fromEntries(
      zip.getEntries().map((e) => [e.entryName, e.getData().toString('utf8')]),
    );
    const peer = JSON.parse(files['peer-rounds.json']!);
    expect(peer.memberships).toEqual([
      expect.objectContaining({ group: 'Runde Nord-Ost', fromDate: '2025-01-01', toDate: null }),
    ]);
    expect(
      peer.rounds.map((r: any) => [r.date, r.status, r.yourRoles, r.yourAnswer, r.youAttended]),
    ).toEqual([
      ['2025-03-03', 'HELD', [], null, true],
      ['2025-03-05', 'HELD', ['CASE_GIVER'], 'YES', true],
      ['2025-03-12', 'PLANNED', ['MODERATOR'], 'MAYBE', null],
    ]);
    expect(peer.yourCases).toEqual([
      expect.objectContaining({
        title: OWN.title,
        keyQuestion: OWN.keyQuestion,
        text: OWN.text,
        status: 'DISCUSSED',
      }),
      expect.objectContaining({ title: OWN.queued, status: 'QUEUED' }),
    ]);
    expect(peer.minutesYouWrote).toEqual([expect.objectContaining({ text: OWN.minutes })]);
    expect(peer.yourFeedback).toEqual([
      expect.objectContaining({ rating: 4, reflection: OWN.reflection }),
    ]);
    expect(files['peer-rounds/rounds.csv']).toContain('CASE_GIVER');
    // File by file: nothing another member wrote, nor their name or address.
    const theirs = [...Object.values(OTHERS), other.name, other.email, s.people[2]!.name];
    for (const [name, content] of Object.entries(files)) {
      expect([name, theirs.filter((text) => content.includes(text))]).toEqual([name, []]);
    }
  });

  it('lets a program manager export a person: the link goes to the manager, and only the two of them may download', async () => {
    const scenario = await h.given.workshop();
    const [anna, ben] = [scenario.anna.person, scenario.ben.person];
    const { requestPersonExport } = await pm.data(REQUEST_FOR, { personId: anna.id });
    await h.sink.waitFor((m) => m.subject === 'Der Datenexport aus Zyklus steht bereit');
    const path = pathOf(requestPersonExport.archiveUrl);
    const asBen = await (await h.t.as(ben)).gql(ONE, { id: requestPersonExport.id });
    expect(asBen.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'EXPORT_NOT_YOURS',
    });
    const asAnna = await (await h.t.as(anna)).data(ONE, { id: requestPersonExport.id });
    expect(asAnna.personalDataExport).toMatchObject({
      personId: anna.id,
      archiveUrl: expect.stringContaining(path),
    });

    const byBen = await h.t.download(path, {
      authorization: `Bearer ${await h.t.tokenFor(ben)}`,
    });
    expect(byBen.status).toBe(403);
    expect(JSON.parse(byBen.text)).toMatchObject({ reason: 'EXPORT_NOT_YOURS' });
    const nobody = await h.t.download(path);
    expect(nobody.status).toBe(401);

    const byAnna = await h.t.download(path, {
      authorization: `Bearer ${await h.t.tokenFor(anna)}`,
    });
    expect(byAnna.status).toBe(200);

    h.t.clock.set('2025-03-08T09:00:01Z'); // 7 days and a second later
    const late = await h.t.download(path, {
      authorization: `Bearer ${await h.t.tokenFor(anna)}`,
    });
    expect(late.status).toBe(409);
    expect(JSON.parse(late.text)).toMatchObject({ reason: 'EXPORT_EXPIRED' });
    const expired = await pm.gql(ONE, { id: requestPersonExport.id });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ reason: 'EXPORT_EXPIRED' });
    const unknown = await pm.gql(ONE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ reason: 'EXPORT_NOT_FOUND' });

    const { privacyAuditLog } = await pm.data(AUDIT, { personId: anna.id });
    expect(privacyAuditLog.map((e: { action: string }) => e.action).sort()).toEqual([
      'EXPORT_DOWNLOADED',
      'EXPORT_REQUESTED',
    ]);
    expect(JSON.stringify(privacyAuditLog)).not.toContain(anna.email);
  });

  it('mails the link in the language of the one who asked', async () => {
    const eve = await h.t.given.person({ name: 'Eve English', preferredLanguage: Language.EN });
    await (await h.t.as(eve)).data(REQUEST_MINE);
    const mail = await h.sink.waitFor((m) => m.subject === 'Your data from Zyklus is ready');
    expect(textOf(mail)).toContain('The link is valid for 7 days');
  });

  it('refuses coordinators who ask for someone else’s export, and unknown people', async () => {
    const scenario = await h.given.workshop();
    const [anna, ben] = [scenario.anna.person, scenario.ben.person];
    const answer = await (await h.t.as(anna)).gql(REQUEST_FOR, { personId: ben.id });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await pm.gql(REQUEST_FOR, {
      personId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'PERSON_NOT_FOUND',
    });
  });

  it('logs role changes and contact data leaving in a bulk export, with ids and counts only', async () => {
    const scenario = await h.given.workshop();
    const manager = await h.t.given.person({ name: 'Paula Prüfer', roles: [Role.PROGRAM_MANAGER] });
    const paula = await h.t.as(manager);
    await paula.data(
      `mutation ($input: SetPersonRolesInput!) { setPersonRoles(input: $input) { roles } }`,
      { input: { personId: scenario.ben.person.id, roles: ['PROGRAM_MANAGER'] } },
    );
    const csv = await h.t.download(`/exports/cohorts/${scenario.cohort.id}/participants.csv`, {
      authorization: `Bearer ${await h.t.tokenFor(manager)}`,
    });
    expect(csv.text).toContain(scenario.anna.person.email);
    const { privacyAuditLog } = await paula.data(
      `query { privacyAuditLog(first: 20) { action actorPersonId subjectPersonId details { key value } } }`,
    );
    expect(privacyAuditLog).toEqual(
      expect.arrayContaining([
        {
          action: 'ROLES_CHANGED',
          actorPersonId: manager.id,
          subjectPersonId: scenario.ben.person.id,
          details: [{ key: 'roles', value: 'PROGRAM_MANAGER' }],
        },
        {
          action: 'CONTACT_DATA_EXPORTED',
          actorPersonId: manager.id,
          subjectPersonId: null,
          details: [
            { key: 'cohortId', value: scenario.cohort.id },
            { key: 'addresses', value: '2' },
          ],
        },
      ]),
    );
    expect(JSON.stringify(privacyAuditLog)).not.toContain('@');
  });
});
