import {
  CohortEntity,
  CohortStatus,
  ParticipationEntity,
  ParticipationStatus,
} from '@zyklus/cohorts';
import {
  AttendanceStatus,
  WorkshopEntity,
  WorkshopFormat,
  WorkshopKind,
  WorkshopStatus,
} from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { AccessScenario, denial } from '../support/access-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { WorkshopSpec, writeAttendance, writeWorkshop } from '../support/workshop-rows';

const NOT_IN_WORKSHOP_COHORT = 'Sie nehmen am Durchgang dieses Workshops nicht teil.';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const WORKSHOP = `query ($id: ID!) { workshop(id: $id) { id title status } }`;
const COHORT_WORKSHOPS = `query ($id: ID!) { cohort(id: $id) { workshops { title status } } }`;
const ONLINE_URL = `query ($id: ID!, $cohortId: ID!) {
  workshop(id: $id) { title onlineUrl }
  cohort(id: $cohortId) { workshops { title onlineUrl } }
  myWorkshopCycle(cohortId: $cohortId) { steps { workshop { title onlineUrl } } }
}`;

describe('access to workshops, cycles and attendance (DESIGN §4): what a coordinator sees', () => {
  let t: TestApp;
  let pm: GraphQLClient;
  let dataSource: DataSource;
  let s: AccessScenario;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
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

  /**
   * Cohort 6 (running) with Clara's network (active) and a fellow's (enrolled), and a
   * completed, a published (both networks registered), a draft and a cancelled workshop.
   * Cohort 7 of the same programme with a network Clara has nothing to do with, a published
   * workshop and a draft.
   */
  async function twoCohorts() {
    const { programme, a, b, clara, fellow, stranger } = await s.twoCohorts();
    const kickOff = await workshop(a, {
      title: 'Auftaktworkshop',
      kind: WorkshopKind.KICK_OFF,
      status: WorkshopStatus.COMPLETED,
      format: WorkshopFormat.IN_PERSON,
      placeName: 'Umweltforum Berlin',
      days: ['2025-11-26', '2025-11-27', '2025-11-28'],
    });
    const logik = await workshop(a, {
      title: 'Wirkungslogik',
      kind: WorkshopKind.WIRKUNGSLOGIK,
      status: WorkshopStatus.PUBLISHED,
      onlineUrl: `https://meet.example.org/wirkungslogik-${s.run}`,
      days: ['2026-01-21'],
    });
    const draft = await workshop(a, {
      title: 'Geheimer Entwurf',
      kind: WorkshopKind.WIRKUNGSMESSUNG,
      status: WorkshopStatus.DRAFT,
      days: ['2026-02-11'],
    });
    const storytelling = await workshop(a, {
      title: 'Storytelling',
      kind: WorkshopKind.STORYTELLING,
      status: WorkshopStatus.CANCELLED,
      days: ['2026-03-04'],
    });
    const elsewhere = await workshop(b, {
      title: 'Auftakt im 7. Durchgang',
      kind: WorkshopKind.KICK_OFF,
      status: WorkshopStatus.PUBLISHED,
      days: ['2026-11-25'],
    });
    const elsewhereDraft = await workshop(b, {
      title: 'Entwurf im 7. Durchgang',
      status: WorkshopStatus.DRAFT,
      days: ['2027-01-20'],
    });
    // Registered as publishing registers the networks with a place.
    await attended(logik, clara.participation, AttendanceStatus.REGISTERED);
    await attended(logik, fellow.participation, AttendanceStatus.REGISTERED);
    await attended(elsewhere, stranger.participation, AttendanceStatus.REGISTERED);
    return {
      programme,
      a,
      b,
      clara,
      fellow,
      stranger,
      kickOff,
      logik,
      draft,
      storytelling,
      elsewhere,
      elsewhereDraft,
      coordinator: await t.as(clara.person),
    };
  }

  describe('a coordinator', () => {
    it('sees the published, completed and cancelled workshops of their cohort, never a draft (NOT_FOUND like an unknown id); another cohort’s workshop is FORBIDDEN', async () => {
      const { a, b, kickOff, logik, draft, storytelling, elsewhere, elsewhereDraft, coordinator } =
        await twoCohorts();

      const listed = await coordinator.data(COHORT_WORKSHOPS, { id: a.id });
      expect(listed.cohort.workshops).toEqual([
        { title: 'Auftaktworkshop', status: 'COMPLETED' },
        { title: 'Wirkungslogik', status: 'PUBLISHED' },
        { title: 'Storytelling', status: 'CANCELLED' },
      ]);
      for (const [w, status] of [
        [kickOff, 'COMPLETED'],
        [logik, 'PUBLISHED'],
        [storytelling, 'CANCELLED'],
      ] as const) {
        expect((await coordinator.data(WORKSHOP, { id: w.id })).workshop).toEqual({
          id: w.id,
          title: w.title,
          status,
        });
      }

      // A draft is indistinguishable from a workshop that does not exist.
      const hidden = await coordinator.gql(WORKSHOP, { id: draft.id });
      const unknown = await coordinator.gql(WORKSHOP, { id: UNKNOWN_ID });
      expect(denial(hidden)).toEqual({ code: 'NOT_FOUND', message: 'Workshop nicht gefunden.' });
      expect(hidden.errors).toEqual(unknown.errors);
      expect(hidden.data).toBeNull();
      expect(JSON.stringify(hidden)).not.toContain('Geheimer Entwurf');
      expect(JSON.stringify(listed)).not.toContain('Geheimer Entwurf');

      // Cohort 7: its workshop is FORBIDDEN, its draft as unknown as any, the cohort itself closed.
      const other = await coordinator.gql(WORKSHOP, { id: elsewhere.id });
      expect(denial(other)).toEqual({ code: 'FORBIDDEN', message: NOT_IN_WORKSHOP_COHORT });
      expect(other.data).toBeNull();
      expect(denial(await coordinator.gql(WORKSHOP, { id: elsewhereDraft.id }))).toEqual({
        code: 'NOT_FOUND',
        message: 'Workshop nicht gefunden.',
      });
      expect(denial(await coordinator.gql(COHORT_WORKSHOPS, { id: b.id }))).toMatchObject({
        code: 'FORBIDDEN',
      });

      // The program manager sees the drafts too.
      expect((await pm.data(COHORT_WORKSHOPS, { id: a.id })).cohort.workshops).toEqual([
        { title: 'Auftaktworkshop', status: 'COMPLETED' },
        { title: 'Wirkungslogik', status: 'PUBLISHED' },
        { title: 'Geheimer Entwurf', status: 'DRAFT' },
        { title: 'Storytelling', status: 'CANCELLED' },
      ]);
      expect((await pm.data(WORKSHOP, { id: elsewhereDraft.id })).workshop.status).toBe('DRAFT');
    });

    it('sees the online link while their network is enrolled, active or completed; after withdrawing the workshop is still there, the link is not', async () => {
      s.run += 1;
      const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
      const logik = await workshop(cohort, {
        title: 'Wirkungslogik',
        status: WorkshopStatus.PUBLISHED,
        format: WorkshopFormat.HYBRID,
        placeName: 'KörberForum',
        onlineUrl: `https://meet.example.org/link-${s.run}`,
        days: ['2026-01-21'],
      });
      const link = `https://meet.example.org/link-${s.run}`;
      const seen: Record<string, unknown> = {};
      for (const status of [
        ParticipationStatus.ENROLLED,
        ParticipationStatus.ACTIVE,
        ParticipationStatus.COMPLETED,
        ParticipationStatus.WITHDRAWN,
      ]) {
        const { person } = await participant(cohort, `${status}-Netz`, status, `Person ${status}`);
        const answer = await (
          await t.as(person)
        ).data(ONLINE_URL, {
          id: logik.id,
          cohortId: cohort.id,
        });
        seen[status] = answer;
      }

      const withLink = {
        workshop: { title: 'Wirkungslogik', onlineUrl: link },
        cohort: { workshops: [{ title: 'Wirkungslogik', onlineUrl: link }] },
        myWorkshopCycle: { steps: [{ workshop: { title: 'Wirkungslogik', onlineUrl: link } }] },
      };
      expect(seen).toEqual({
        ENROLLED: withLink,
        ACTIVE: withLink,
        COMPLETED: withLink,
        WITHDRAWN: {
          workshop: { title: 'Wirkungslogik', onlineUrl: null },
          cohort: { workshops: [{ title: 'Wirkungslogik', onlineUrl: null }] },
          myWorkshopCycle: { steps: [{ workshop: { title: 'Wirkungslogik', onlineUrl: null } }] },
        },
      });
      const managed = await pm.data(`query ($id: ID!) { workshop(id: $id) { onlineUrl } }`, {
        id: logik.id,
      });
      expect(managed.workshop.onlineUrl).toBe(link);
    });

    it('gets no warnings and no change history, which the program manager sees', async () => {
      const { a, coordinator } = await twoCohorts();
      // 2026-02-07 is a Saturday: the program manager is warned.
      const weekend = await workshop(a, {
        title: 'Samstagswerkstatt',
        status: WorkshopStatus.DRAFT,
        days: ['2026-02-07'],
      });
      await pm.data(`mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`, { id: weekend.id });
      const DETAILS = `query ($id: ID!, $cohortId: ID!) {
        workshop(id: $id) { warnings changes { kind reason } }
        cohort(id: $cohortId) { workshops { title warnings changes { kind } } }
      }`;

      const managed = await pm.data(DETAILS, { id: weekend.id, cohortId: a.id });
      expect(managed.workshop).toEqual({
        warnings: ['Der Tag 2026-02-07 ist ein Wochenende.'],
        changes: [{ kind: 'PUBLISHED', reason: null }],
      });

      const seen = await coordinator.data(DETAILS, { id: weekend.id, cohortId: a.id });
      expect(seen.workshop).toEqual({ warnings: [], changes: null });
      expect(seen.cohort.workshops).toEqual([
        { title: 'Auftaktworkshop', warnings: [], changes: null },
        { title: 'Wirkungslogik', warnings: [], changes: null },
        { title: 'Samstagswerkstatt', warnings: [], changes: null },
        { title: 'Storytelling', warnings: [], changes: null },
      ]);
    });

    it('sees only their own attendance row, the fellow only theirs; the program manager sees both', async () => {
      const { a, kickOff, clara, fellow, coordinator } = await twoCohorts();
      await pm.data(
        `mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }`,
        {
          input: {
            workshopId: kickOff.id,
            entries: [
              { participationId: clara.participation.id, status: 'ATTENDED' },
              { participationId: fellow.participation.id, status: 'EXCUSED' },
            ],
          },
        },
      );
      const ATTENDANCE = `query ($id: ID!, $cohortId: ID!) {
        workshop(id: $id) { attendance { participationId status participation { network { name } } } }
        cohort(id: $cohortId) { workshops { title attendance { participationId status } } }
      }`;

      const seen = await coordinator.data(ATTENDANCE, { id: kickOff.id, cohortId: a.id });
      expect(seen.workshop.attendance).toEqual([
        {
          participationId: clara.participation.id,
          status: 'ATTENDED',
          participation: { network: { name: clara.network.name } },
        },
      ]);
      expect(seen.cohort.workshops[0]).toEqual({
        title: 'Auftaktworkshop',
        attendance: [{ participationId: clara.participation.id, status: 'ATTENDED' }],
      });
      expect(JSON.stringify(seen)).not.toContain(fellow.participation.id);
      expect(JSON.stringify(seen)).not.toContain('EXCUSED');

      const theirs = await (
        await t.as(fellow.person)
      ).data(ATTENDANCE, {
        id: kickOff.id,
        cohortId: a.id,
      });
      expect(theirs.workshop.attendance).toEqual([
        {
          participationId: fellow.participation.id,
          status: 'EXCUSED',
          participation: { network: { name: fellow.network.name } },
        },
      ]);

      const managed = await pm.data(ATTENDANCE, { id: kickOff.id, cohortId: a.id });
      expect(managed.workshop.attendance).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ participationId: clara.participation.id, status: 'ATTENDED' }),
          expect.objectContaining({ participationId: fellow.participation.id, status: 'EXCUSED' }),
        ]),
      );
      expect(managed.workshop.attendance).toHaveLength(2);
    });
  });
});
