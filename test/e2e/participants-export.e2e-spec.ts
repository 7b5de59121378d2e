import { Language } from '@zyklus/common';
import { PersonEntity, Role } from '@zyklus/identity';
import { plannedCohort as plannedCohortOf } from '../support/planned-cohort';
import { TestApp } from '../support/test-app';

describe('the participants export', () => {
  let t: TestApp;
  let run = 0;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  const plannedCohort = () => plannedCohortOf(t, (run += 1));

  const token = (person: PersonEntity) => t.tokenFor(person);

  /** GET the participants export, keeping the body's raw bytes. */
  const download = (cohortId: string, headers: Record<string, string>) =>
    t.download(`/exports/cohorts/${cohortId}/participants.csv`, headers);

  const manager = (preferredLanguage = Language.DE) =>
    t.given.person({ roles: [Role.PROGRAM_MANAGER], preferredLanguage });

  describe('GET /exports/cohorts/:id/participants.csv', () => {
    it('downloads the participants as CSV for German Excel: BOM, semicolons, German headers, umlauts, contact data, formulas neutralised', async () => {
      const { n, cohort, alma, nele, wanda, xaver, willi } = await plannedCohort();
      const bearer = await token(await manager());

      const csv = await download(cohort.id, { authorization: `Bearer ${bearer}` });

      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(
        /^attachment; filename="?teilnehmende-7\.csv"?$/,
      );
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.text.slice(1).split('\r\n')).toEqual([
        'Netzwerk;Art;Bundesland;Ort;Koordinator:in;E-Mail;Erfahrung;Status;Wartelistenplatz;Abgemeldet am;Abmeldegrund',
        `Bildungsregion Ammerland ${n};Sonstiges Netzwerk;Niedersachsen;Westerstede;Alma Alumna;${alma.email};erfahren (Alumni);aktiv;;;`,
        `MINT-Region Ostwürttemberg ${n};MINT-Region;Baden-Württemberg;Aalen;Nele Neu;${nele.email};neu;angemeldet;;;`,
        `Ohne-Koordination ${n};MINT-Cluster;Sachsen;Chemnitz;;;;eingeladen;;;`,
        `Technikland Tal ${n};MINT-Cluster;Thüringen;Jena;Wanda Warte;${wanda.email};neu;auf der Warteliste;2;;`,
        `Xylem-Netz ${n};MINT-Region;Bayern;Würzburg;Xaver Spaet;${xaver.email};neu;auf der Warteliste;1;;`,
        `Zukunftsnetz ${n};zdi-Zentrum;Nordrhein-Westfalen;Detmold;Willi Weg;${willi.email};neu;abgemeldet;;2026-01-10;"'=HYPERLINK(""https://evil.example"";""Details"")"`,
        '',
      ]);
      // The umlauts are UTF-8 bytes, not mangled on the way.
      expect(csv.bytes.includes(Buffer.from('Ostwürttemberg', 'utf8'))).toBe(true);
      expect(csv.bytes.includes(Buffer.from('Baden-Württemberg', 'utf8'))).toBe(true);
    });

    it('answers in the signed-in person’s preferred language, whatever the Accept-Language header says', async () => {
      const { n, cohort } = await plannedCohort();
      const english = await download(cohort.id, {
        authorization: `Bearer ${await token(await manager(Language.EN))}`,
        'accept-language': 'de',
      });
      expect(english.status).toBe(200);
      expect(english.headers['content-disposition']).toMatch(
        /^attachment; filename="?participants-7\.csv"?$/,
      );
      const [header, ammerland, ostwuerttemberg, , technikland] = english.text
        .slice(1)
        .split('\r\n');
      expect(header).toBe(
        'Network;Kind;State;City;Coordinator;Email;Experience;Status;Waiting list position;Withdrawn on;Reason for withdrawal',
      );
      expect(ammerland).toContain(`Bildungsregion Ammerland ${n};Other network;`);
      expect(ammerland).toContain(';experienced (alumnus);active;');
      expect(ostwuerttemberg).toContain(
        `MINT-Region Ostwürttemberg ${n};STEM region;Baden-Württemberg;`,
      );
      expect(technikland).toContain(';new;on the waiting list;2;');

      const german = await download(cohort.id, {
        authorization: `Bearer ${await token(await manager(Language.DE))}`,
        'accept-language': 'en',
      });
      expect(german.text.slice(1).split('\r\n')[0]).toMatch(/^Netzwerk;Art;Bundesland;/);
      expect(german.headers['content-disposition']).toMatch(
        /^attachment; filename="?teilnehmende-7\.csv"?$/,
      );
    });

    it('refuses a coordinator, even of that cohort, with 403 FORBIDDEN', async () => {
      const { cohort, nele } = await plannedCohort();
      const answer = await download(cohort.id, { authorization: `Bearer ${await token(nele)}` });
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.text)).toMatchObject({
        code: 'FORBIDDEN',
        message: 'Das dürfen nur Programm-Manager:innen.',
      });
      expect(answer.text).not.toContain(nele.email);
    });

    it('refuses a request without token with 401 UNAUTHENTICATED', async () => {
      const { cohort } = await plannedCohort();
      const answer = await download(cohort.id, {});
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Bitte melden Sie sich an.',
      });
    });

    it('answers 404 NOT_FOUND for an unknown cohort and 400 BAD_USER_INPUT for a malformed id', async () => {
      const authorization = `Bearer ${await token(await manager())}`;
      const missing = await download('00000000-0000-4000-8000-000000000000', { authorization });
      expect(missing.status).toBe(404);
      expect(JSON.parse(missing.text)).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Qualifizierungsdurchgang nicht gefunden.',
      });
      const malformed = await download('kohorte-7', { authorization });
      expect(malformed.status).toBe(400);
      expect(JSON.parse(malformed.text)).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'id' }],
      });
    });
  });
});
