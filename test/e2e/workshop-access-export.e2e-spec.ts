import {
  CohortEntity,
  CohortStatus,
  ParticipationEntity,
  ParticipationStatus,
} from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { PersonEntity, Role } from '@zyklus/identity';
import {
  AttendanceStatus,
  WorkshopEntity,
  WorkshopFormat,
  WorkshopStatus,
} from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { AccessScenario } from '../support/access-scenario';
import { TestApp } from '../support/test-app';
import { WorkshopSpec, writeAttendance, writeWorkshop } from '../support/workshop-rows';

const ONLY_MANAGERS = 'Das dürfen nur Programm-Manager:innen.';

describe('access to workshops, cycles and attendance (DESIGN §4): the attendance export', () => {
  let t: TestApp;
  let dataSource: DataSource;
  let s: AccessScenario;

  beforeAll(async () => {
    t = await TestApp.start();
    dataSource = t.app.get(DataSource);
    s = new AccessScenario(t);
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  const workshop = (cohort: CohortEntity, spec: WorkshopSpec) =>
    writeWorkshop(dataSource, s.run, cohort, spec);
  const attended = (
    at: WorkshopEntity,
    participation: ParticipationEntity,
    status: AttendanceStatus,
  ) => writeAttendance(dataSource, at, participation, status);

  const participant = (
    cohort: CohortEntity,
    label: string,
    status: ParticipationStatus,
    person: string,
  ) => s.participant(cohort, label, status, person);

  async function attendanceCohort() {
    s.run += 1;
    const n = s.run;
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      number: 8,
      title: '8. Qualifizierungsdurchgang',
      status: CohortStatus.RUNNING,
    });
    const anna = await participant(
      cohort,
      'Altmark-Netz',
      ParticipationStatus.ACTIVE,
      'Anna Aktiv',
    );
    const bernd = await participant(
      cohort,
      'Börde-Netz',
      ParticipationStatus.COMPLETED,
      'Bernd Fertig',
    );
    const hanna = await participant(cohort, 'Harz-Netz', ParticipationStatus.ACTIVE, 'Hanna Harz');
    const willi = await participant(
      cohort,
      'Wendland-Netz',
      ParticipationStatus.WITHDRAWN,
      'Willi Weg',
    );
    await participant(cohort, 'Warte-Netz', ParticipationStatus.WAITLISTED, 'Wanda Warte');
    const kickOff = await workshop(cohort, {
      title: 'Auftaktworkshop',
      status: WorkshopStatus.COMPLETED,
      format: WorkshopFormat.IN_PERSON,
      placeName: 'Umweltforum Berlin',
      days: ['2025-11-26', '2025-11-27', '2025-11-28'],
    });
    const logik = await workshop(cohort, {
      title: 'Wirkungslogik',
      status: WorkshopStatus.COMPLETED,
      days: ['2025-12-10'],
    });
    const messung = await workshop(cohort, {
      title: 'Wirkungsmessung',
      status: WorkshopStatus.COMPLETED,
      days: ['2026-01-13'],
    });
    await workshop(cohort, {
      title: 'Storytelling',
      status: WorkshopStatus.CANCELLED,
      days: ['2026-01-28'],
    });
    const treffen = await workshop(cohort, {
      title: 'Netzwerktreffen',
      status: WorkshopStatus.PUBLISHED,
      attendanceRequired: false,
      days: ['2026-02-11'],
    });
    const { ATTENDED, EXCUSED, NO_SHOW, REGISTERED } = AttendanceStatus;
    for (const [who, statuses] of [
      [anna, [ATTENDED, ATTENDED, NO_SHOW, REGISTERED]],
      [bernd, [ATTENDED, ATTENDED, ATTENDED, EXCUSED]],
      [hanna, [EXCUSED, ATTENDED, NO_SHOW, REGISTERED]],
      [willi, [ATTENDED]],
    ] as const) {
      const at = [kickOff, logik, messung, treffen];
      for (const [i, status] of statuses.entries()) {
        await attended(at[i]!, who.participation, status);
      }
    }
    return { n, cohort, anna, bernd, hanna, willi };
  }

  const token = (person: PersonEntity) => t.tokenFor(person);

  /** GET the attendance export, keeping the body's raw bytes. */
  const download = (cohortId: string, headers: Record<string, string>) =>
    t.download(`/exports/cohorts/${cohortId}/attendance.csv`, headers);

  const managerToken = async () =>
    token(await t.given.person({ roles: [Role.PROGRAM_MANAGER], preferredLanguage: Language.DE }));

  describe('GET /exports/cohorts/:id/attendance.csv', () => {
    it('downloads the attendance matrix as CSV for German Excel: BOM, semicolons, workshop titles with first dates, German statuses, progress', async () => {
      const { n, cohort } = await attendanceCohort();

      const csv = await download(cohort.id, { authorization: `Bearer ${await managerToken()}` });

      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toMatch(
        /^attachment; filename="?anwesenheit-8\.csv"?$/,
      );
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.text.slice(1).split('\r\n');
      expect(lines[0]).toBe(
        'Netzwerk;Koordinator:in;Teilnahmestatus;Auftaktworkshop (26.11.2025);Wirkungslogik (10.12.2025);Wirkungsmessung (13.01.2026);Netzwerktreffen (11.02.2026);Pflichttermine besucht;Zyklus abgeschlossen',
      );
      // The participation status (third column) has a test of its own below.
      const withoutStatus = lines.slice(1).map((line) =>
        line
          .split(';')
          .filter((_, i) => i !== 2)
          .join(';'),
      );
      expect(withoutStatus).toEqual([
        `Altmark-Netz ${n};Anna Aktiv;teilgenommen;teilgenommen;nicht erschienen;angemeldet;2/3;nein`,
        `Börde-Netz ${n};Bernd Fertig;teilgenommen;teilgenommen;teilgenommen;entschuldigt;3/3;ja`,
        `Harz-Netz ${n};Hanna Harz;entschuldigt;teilgenommen;nicht erschienen;angemeldet;1/3;nein`,
        `Wendland-Netz ${n};Willi Weg;teilgenommen;;;;1/3;nein`,
        '',
      ]);
      // Neither the cancelled workshop nor the waiting network appear; umlauts are UTF-8.
      expect(csv.text).not.toContain('Storytelling');
      expect(csv.text).not.toContain('Warte-Netz');
      expect(csv.bytes.includes(Buffer.from(`Börde-Netz ${n}`, 'utf8'))).toBe(true);
    });

    it('names each network’s participation status in German, like the participants export', async () => {
      const { cohort } = await attendanceCohort();

      const csv = await download(cohort.id, { authorization: `Bearer ${await managerToken()}` });

      expect(csv.status).toBe(200);
      const statuses = csv.text
        .slice(1)
        .split('\r\n')
        .slice(1, -1)
        .map((line) => line.split(';')[2]);
      expect(statuses).toEqual(['aktiv', 'abgeschlossen', 'aktiv', 'abgemeldet']);
    });

    it('refuses a coordinator, even of that cohort, with 403 FORBIDDEN', async () => {
      const { cohort, anna } = await attendanceCohort();
      const answer = await download(cohort.id, {
        authorization: `Bearer ${await token(anna.person)}`,
      });
      expect(answer.status).toBe(403);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.text)).toMatchObject({ code: 'FORBIDDEN', message: ONLY_MANAGERS });
      expect(answer.text).not.toContain('teilgenommen');
    });

    it('refuses a request without token with 401 UNAUTHENTICATED', async () => {
      const { cohort } = await attendanceCohort();
      const answer = await download(cohort.id, {});
      expect(answer.status).toBe(401);
      expect(JSON.parse(answer.text)).toMatchObject({
        code: 'UNAUTHENTICATED',
        message: 'Bitte melden Sie sich an.',
      });
      expect(answer.text).not.toContain('Altmark');
    });
  });
});
