import {
  Bundesland,
  CohortEntity,
  CohortStatus,
  CoordinationEntity,
  NetworkEntity,
  NetworkKind,
  ParticipationEntity,
  ParticipationStatus,
} from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { PersonEntity, Role } from '@zyklus/identity';
import {
  AttendanceEntity,
  AttendanceStatus,
  WorkshopDayEntity,
  WorkshopEntity,
  WorkshopFacilitatorEntity,
  WorkshopFormat,
  WorkshopKind,
  WorkshopStatus,
} from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { GraphQLAnswer, GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const ONLY_MANAGERS = 'Das dürfen nur Programm-Manager:innen.';
const NOT_IN_WORKSHOP_COHORT = 'Sie nehmen am Durchgang dieses Workshops nicht teil.';
const NOT_YOUR_CYCLE =
  'Diesen Workshop-Zyklus sehen nur die Koordination des Netzwerks und Programm-Manager:innen.';
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const WORKSHOP = `query ($id: ID!) { workshop(id: $id) { id title status } }`;
const COHORT_WORKSHOPS = `query ($id: ID!) { cohort(id: $id) { workshops { title status } } }`;
const ONLINE_URL = `query ($id: ID!, $cohortId: ID!) {
  workshop(id: $id) { title onlineUrl }
  cohort(id: $cohortId) { workshops { title onlineUrl } }
  myWorkshopCycle(cohortId: $cohortId) { steps { workshop { title onlineUrl } } }
}`;
const CYCLE_OF = `query ($id: ID!) {
  workshopCycle(participationId: $id) {
    participation { network { name } }
    steps { attendance workshop { title } }
  }
}`;
const MY_CYCLE = `query ($cohortId: ID) {
  myWorkshopCycle(cohortId: $cohortId) {
    cohort { title }
    participation { network { name } }
    steps { attendance workshop { title } }
  }
}`;

/** Every nested field a coordinator's cycle page might ask for, to catch one query per step. */
const FULL_CYCLE = `query ($cohortId: ID) {
  myWorkshopCycle(cohortId: $cohortId) {
    steps {
      attendance
      required
      upcoming
      workshop {
        title
        days { date startTime endTime startsAt endsAt }
        place { name }
        onlineUrl
        facilitators { name organisation }
        cohort { title }
        timeZone
        attendance { status }
      }
    }
    progress { percent }
    nextWorkshop { title }
    participation { network { name } }
    cohort { title }
  }
}`;
const FULL_MATRIX = `query ($cohortId: ID!) {
  attendanceMatrix(cohortId: $cohortId) {
    workshops { title days { date } }
    rows {
      participation { network { name } coordinator { name } }
      cells { status workshop { id } }
      progress { attendedRequired required complete }
    }
  }
}`;

/** The first error's code and message, or the data if there was none. */
function denial(answer: GraphQLAnswer) {
  return answer.errors?.length
    ? { code: answer.errors[0]!.extensions?.code, message: answer.errors[0]!.message }
    : answer.data;
}

/** `date` plus `days`, as YYYY-MM-DD. */
function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

interface WorkshopSpec {
  title: string;
  status: WorkshopStatus;
  /** Dates of its days, each 09:00–17:00. */
  days: string[];
  kind?: WorkshopKind;
  format?: WorkshopFormat;
  onlineUrl?: string | null;
  placeName?: string | null;
  attendanceRequired?: boolean;
}

describe('access to workshops, cycles and attendance (DESIGN §4)', () => {
  let t: TestApp;
  let pm: GraphQLClient;
  let dataSource: DataSource;
  let run = 0;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
    dataSource = t.app.get(DataSource);
  });
  beforeEach(() => t.clock.set('2026-01-15T09:00:00Z'));
  afterAll(() => t.close());

  /** A workshop of `cohort` written straight into a status, with its days (no change records). */
  async function workshop(cohort: CohortEntity, spec: WorkshopSpec): Promise<WorkshopEntity> {
    const format = spec.format ?? WorkshopFormat.ONLINE;
    const saved = await dataSource.getRepository(WorkshopEntity).save(
      dataSource.getRepository(WorkshopEntity).create({
        cohortId: cohort.id,
        templateStepId: null,
        kind: spec.kind ?? WorkshopKind.OTHER,
        title: spec.title,
        description: null,
        format,
        placeName: spec.placeName ?? null,
        placeAddress: null,
        onlineUrl:
          spec.onlineUrl !== undefined
            ? spec.onlineUrl
            : format === WorkshopFormat.IN_PERSON
              ? null
              : `https://meet.example.org/${run}-${spec.title.toLowerCase().replace(/\W+/g, '-')}`,
        capacity: null,
        attendanceRequired: spec.attendanceRequired ?? true,
        status: spec.status,
        cancellationReason: spec.status === WorkshopStatus.CANCELLED ? 'Referentin erkrankt' : null,
        sequence: 0,
      }),
    );
    await dataSource.getRepository(WorkshopDayEntity).insert(
      spec.days.map((date) => ({
        workshopId: saved.id,
        date,
        startTime: '09:00',
        endTime: '17:00',
      })),
    );
    return saved;
  }

  /** Attendance recorded for `participation` at `at`. */
  async function attended(
    at: WorkshopEntity,
    participation: ParticipationEntity,
    status: AttendanceStatus,
  ): Promise<void> {
    await dataSource.getRepository(AttendanceEntity).insert({
      workshopId: at.id,
      participationId: participation.id,
      status,
      recordedAt: status === AttendanceStatus.REGISTERED ? null : new Date('2026-01-10T12:00:00Z'),
      recordedById: null,
    });
  }

  /** A network coordinated by a new person since 2020, taking part in `cohort` with `status`. */
  const participant = (
    cohort: CohortEntity,
    label: string,
    status: ParticipationStatus,
    person: string,
  ) => t.given.coordinatorIn(cohort, status, { name: person }, { name: `${label} ${run}` });

  /**
   * Cohort 6 (running) with Clara's network (active) and a fellow's (enrolled), and a
   * completed, a published (both networks registered), a draft and a cancelled workshop.
   * Cohort 7 of the same programme with a network Clara has nothing to do with, a published
   * workshop and a draft.
   */
  async function twoCohorts() {
    run += 1;
    const programme = await t.given.programme();
    const a = await t.given.cohort({
      programmeId: programme.id,
      number: 6,
      title: '6. Qualifizierungsdurchgang',
      status: CohortStatus.RUNNING,
    });
    const b = await t.given.cohort({
      programmeId: programme.id,
      number: 7,
      title: '7. Qualifizierungsdurchgang',
      startDate: '2026-11-23',
      endDate: '2027-10-29',
    });
    const clara = await participant(
      a,
      'Clara-Netz',
      ParticipationStatus.ACTIVE,
      'Clara Koordinatorin',
    );
    const fellow = await participant(
      a,
      'Fellow-Netz',
      ParticipationStatus.ENROLLED,
      'Fabian Fellow',
    );
    const stranger = await participant(
      b,
      'Fremd-Netz',
      ParticipationStatus.ENROLLED,
      'Berta Fremd',
    );
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
      onlineUrl: `https://meet.example.org/wirkungslogik-${run}`,
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
      run += 1;
      const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
      const logik = await workshop(cohort, {
        title: 'Wirkungslogik',
        status: WorkshopStatus.PUBLISHED,
        format: WorkshopFormat.HYBRID,
        placeName: 'KörberForum',
        onlineUrl: `https://meet.example.org/link-${run}`,
        days: ['2026-01-21'],
      });
      const link = `https://meet.example.org/link-${run}`;
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

    it('may call no workshop mutation (FORBIDDEN), and nothing changes', async () => {
      const { programme, a, clara, kickOff, logik, draft, coordinator } = await twoCohorts();
      await pm.data(
        `mutation ($input: SetCycleTemplateInput!) { setCycleTemplate(input: $input) { id } }`,
        {
          input: {
            programmeId: programme.id,
            steps: [
              {
                kind: 'KICK_OFF',
                title: 'Auftaktworkshop (Vorlage)',
                durationDays: 2.5,
                defaultFormat: 'IN_PERSON',
                gapDays: 0,
              },
            ],
          },
        },
      );
      const STATE = `query ($programme: ID!, $cohort: ID!) {
        programme(id: $programme) { cycleTemplate { id title durationDays } }
        cohort(id: $cohort) {
          workshops {
            id title status sequence cancellationReason onlineUrl
            place { name } days { date startTime endTime } facilitators { name }
            attendance { participationId status recordedAt }
            changes { kind }
          }
        }
      }`;
      const before = await pm.data(STATE, { programme: programme.id, cohort: a.id });
      const day = { date: '2026-01-28', startTime: '10:00', endTime: '15:00' };

      const attempts: [string, Record<string, unknown>][] = [
        [
          'mutation ($input: SetCycleTemplateInput!) { setCycleTemplate(input: $input) { id } }',
          {
            input: {
              programmeId: programme.id,
              steps: [
                {
                  kind: 'OTHER',
                  title: 'Heimliche Vorlage',
                  durationDays: 1,
                  defaultFormat: 'ONLINE',
                  gapDays: 0,
                },
              ],
            },
          },
        ],
        [
          'mutation ($input: PlanCohortCycleInput!) { planCohortCycle(input: $input) { id } }',
          { input: { cohortId: a.id, startDate: '2026-02-02' } },
        ],
        [
          'mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }',
          {
            input: {
              cohortId: a.id,
              kind: 'OTHER',
              title: 'Schattenworkshop',
              format: 'ONLINE',
              onlineUrl: 'https://evil.example/schatten',
              days: [day],
            },
          },
        ],
        [
          'mutation ($input: UpdateWorkshopInput!) { updateWorkshop(input: $input) { id } }',
          {
            input: {
              id: logik.id,
              title: 'Umbenannt',
              onlineUrl: 'https://evil.example/phishing',
              facilitators: [{ name: 'Mallory' }],
            },
          },
        ],
        ['mutation ($id: ID!) { publishWorkshop(id: $id) { id } }', { id: draft.id }],
        [
          'mutation ($input: RescheduleWorkshopInput!) { rescheduleWorkshop(input: $input) { id } }',
          { input: { id: logik.id, days: [day] } },
        ],
        [
          'mutation ($input: CancelWorkshopInput!) { cancelWorkshop(input: $input) { id } }',
          { input: { id: logik.id, reason: 'Heimlich abgesagt' } },
        ],
        ['mutation ($id: ID!) { completeWorkshop(id: $id) { id } }', { id: logik.id }],
        [
          'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { status } }',
          {
            input: {
              workshopId: kickOff.id,
              entries: [{ participationId: clara.participation.id, status: 'ATTENDED' }],
            },
          },
        ],
      ];
      const refused: Record<string, unknown> = {};
      for (const [document, variables] of attempts) {
        const name = /\{ (\w+)\(/.exec(document)![1]!;
        const answer = await coordinator.gql(document, variables);
        refused[name] = denial(answer);
        expect(answer.data).toBeNull();
      }
      const forbidden = { code: 'FORBIDDEN', message: ONLY_MANAGERS };
      expect(refused).toEqual({
        setCycleTemplate: forbidden,
        planCohortCycle: forbidden,
        createWorkshop: forbidden,
        updateWorkshop: forbidden,
        publishWorkshop: forbidden,
        rescheduleWorkshop: forbidden,
        cancelWorkshop: forbidden,
        completeWorkshop: forbidden,
        recordAttendance: forbidden,
      });

      const after = await pm.data(STATE, { programme: programme.id, cohort: a.id });
      expect(after).toEqual(before);
      // The state the mutations would have changed, spelled out.
      expect(after.programme.cycleTemplate).toEqual([
        expect.objectContaining({ title: 'Auftaktworkshop (Vorlage)' }),
      ]);
      expect(
        after.cohort.workshops.map((w: { title: string; status: string }) => [w.title, w.status]),
      ).toEqual([
        ['Auftaktworkshop', 'COMPLETED'],
        ['Wirkungslogik', 'PUBLISHED'],
        ['Geheimer Entwurf', 'DRAFT'],
        ['Storytelling', 'CANCELLED'],
      ]);
      expect(after.cohort.workshops[1]).toMatchObject({
        sequence: 0,
        onlineUrl: `https://meet.example.org/wirkungslogik-${run}`,
        days: [{ date: '2026-01-21', startTime: '09:00', endTime: '17:00' }],
        facilitators: [],
        changes: [],
      });
      expect(after.cohort.workshops[0].attendance).toEqual([]);
    });

    it('gets FORBIDDEN for the attendance matrix, which the program manager reads', async () => {
      const { a, clara, fellow, coordinator } = await twoCohorts();
      const MATRIX = `query ($cohortId: ID!) {
        attendanceMatrix(cohortId: $cohortId) {
          workshops { title }
          rows { participation { network { name } } cells { status } }
        }
      }`;

      const answer = await coordinator.gql(MATRIX, { cohortId: a.id });
      expect(denial(answer)).toEqual({ code: 'FORBIDDEN', message: ONLY_MANAGERS });
      expect(answer.data).toBeNull();

      const { attendanceMatrix } = await pm.data(MATRIX, { cohortId: a.id });
      expect(attendanceMatrix.workshops).toEqual([
        { title: 'Auftaktworkshop' },
        { title: 'Wirkungslogik' },
      ]);
      expect(
        attendanceMatrix.rows.map((r: { participation: { network: { name: string } } }) => [
          r.participation.network.name,
        ]),
      ).toEqual([[clara.network.name], [fellow.network.name]]);
    });

    it('reads their own network’s cycle, but another network’s (same or other cohort) is FORBIDDEN, and so is myWorkshopCycle in a cohort they take no part in', async () => {
      const { a, b, clara, fellow, stranger, coordinator } = await twoCohorts();

      const own = await coordinator.data(CYCLE_OF, { id: clara.participation.id });
      expect(own.workshopCycle).toEqual({
        participation: { network: { name: clara.network.name } },
        steps: [
          // Completed without a record: nothing is claimed after the fact.
          { attendance: null, workshop: { title: 'Auftaktworkshop' } },
          { attendance: 'REGISTERED', workshop: { title: 'Wirkungslogik' } },
          // The draft is a step not yet scheduled: shown as such, without its workshop.
          { attendance: null, workshop: null },
          { attendance: null, workshop: { title: 'Storytelling' } },
        ],
      });
      for (const other of [fellow, stranger]) {
        const answer = await coordinator.gql(CYCLE_OF, { id: other.participation.id });
        expect(denial(answer)).toEqual({ code: 'FORBIDDEN', message: NOT_YOUR_CYCLE });
        expect(answer.data).toBeNull();
        expect(JSON.stringify(answer)).not.toContain(other.network.name);
      }

      const mine = await coordinator.data(MY_CYCLE, { cohortId: a.id });
      expect(mine.myWorkshopCycle).toMatchObject({
        cohort: { title: '6. Qualifizierungsdurchgang' },
        participation: { network: { name: clara.network.name } },
      });
      expect((await coordinator.data(MY_CYCLE)).myWorkshopCycle).toEqual(mine.myWorkshopCycle);
      const elsewhere = await coordinator.gql(MY_CYCLE, { cohortId: b.id });
      expect(denial(elsewhere)).toEqual({ code: 'FORBIDDEN', message: NOT_YOUR_CYCLE });
      expect(elsewhere.data).toEqual({ myWorkshopCycle: null });

      // The program manager reads any network's cycle.
      const managed = await pm.data(CYCLE_OF, { id: stranger.participation.id });
      expect(managed.workshopCycle.participation.network.name).toBe(stranger.network.name);
    });
  });

  describe('an internal facilitator who takes no part in the cohort', () => {
    it('sees the workshops they facilitate and their link, as in their calendar feed; drafts stay hidden, the cohort’s other workshops FORBIDDEN', async () => {
      const { a, kickOff, logik, draft, storytelling } = await twoCohorts();
      const expert = await t.given.person({ name: 'Dr. Imke Impuls' });
      for (const w of [logik, draft, storytelling]) {
        await dataSource.getRepository(WorkshopFacilitatorEntity).insert({
          workshopId: w.id,
          position: 1,
          personId: expert.id,
          name: null,
          organisation: null,
          contribution: 'Impuls (halber Tag)',
        });
      }
      const client = await t.as(expert);
      const LINK = `query ($id: ID!) { workshop(id: $id) { title status onlineUrl facilitators { name } } }`;

      expect((await client.data(LINK, { id: logik.id })).workshop).toEqual({
        title: 'Wirkungslogik',
        status: 'PUBLISHED',
        onlineUrl: `https://meet.example.org/wirkungslogik-${run}`,
        facilitators: [{ name: 'Dr. Imke Impuls' }],
      });
      expect((await client.data(LINK, { id: storytelling.id })).workshop).toMatchObject({
        status: 'CANCELLED',
      });
      expect(denial(await client.gql(LINK, { id: draft.id }))).toEqual({
        code: 'NOT_FOUND',
        message: 'Workshop nicht gefunden.',
      });
      expect(denial(await client.gql(LINK, { id: kickOff.id }))).toEqual({
        code: 'FORBIDDEN',
        message: NOT_IN_WORKSHOP_COHORT,
      });
      expect(denial(await client.gql(COHORT_WORKSHOPS, { id: a.id }))).toMatchObject({
        code: 'FORBIDDEN',
      });

      // The calendar feed follows the same rules: the facilitated workshops, link included.
      const { createCalendarFeed } = await client.data('mutation { createCalendarFeed { url } }');
      const ics = (await t.http().get(new URL(createCalendarFeed.url).pathname).expect(200)).text;
      expect(ics).toContain(`UID:workshop-${logik.id}@zyklus`);
      expect(ics).toContain(`https://meet.example.org/wirkungslogik-${run}`);
      expect(ics).toContain(`UID:workshop-${storytelling.id}@zyklus`);
      expect(ics).not.toContain(draft.id);
      expect(ics).not.toContain(kickOff.id);
    });
  });

  /**
   * A running cohort with `networkCount` networks and `workshopCount` workshops, written in a few
   * bulk inserts. Networks cycle through active, enrolled, completed, withdrawn and invited (the
   * first is active); workshops through completed, published, published and cancelled, every
   * third on two days, each with a facilitator of Zyklus and an external guest. Networks with a
   * place have recorded attendance at completed workshops and are registered at published ones.
   */
  async function bulkCohort(networkCount: number, workshopCount: number) {
    run += 1;
    const n = run;
    const programme = await t.given.programme();
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      title: `Durchgang ${n}`,
      status: CohortStatus.RUNNING,
      capacity: networkCount,
    });
    const facilitator = await t.given.person({ name: `Frida Fachfrau ${n}` });
    const networks = Array.from({ length: networkCount }, (_, i) => i);
    const workshopIndices = Array.from({ length: workshopCount }, (_, i) => i);

    const people = await dataSource.getRepository(PersonEntity).insert(
      networks.map((i) => ({
        name: `Koordination ${n}-${i}`,
        email: `koordination-${n}-${i}@example.org`,
        preferredLanguage: Language.DE,
        roles: [],
      })),
    );
    const personId = (i: number) => people.identifiers[i]!.id as string;
    const networkRows = await dataSource.getRepository(NetworkEntity).insert(
      networks.map((i) => ({
        name: `Netz ${n}-${String(i).padStart(2, '0')}`,
        kind: NetworkKind.MINT_REGION,
        bundesland: Bundesland.SACHSEN_ANHALT,
        city: 'Magdeburg',
        website: null,
      })),
    );
    const networkId = (i: number) => networkRows.identifiers[i]!.id as string;
    await dataSource.getRepository(CoordinationEntity).insert(
      networks.map((i) => ({
        networkId: networkId(i),
        personId: personId(i),
        startDate: '2020-01-01',
        endDate: null,
      })),
    );
    const STATUSES = [
      ParticipationStatus.ACTIVE,
      ParticipationStatus.ENROLLED,
      ParticipationStatus.COMPLETED,
      ParticipationStatus.WITHDRAWN,
      ParticipationStatus.INVITED,
    ];
    const statusOf = (i: number) => STATUSES[i % STATUSES.length]!;
    const participations = await dataSource.getRepository(ParticipationEntity).insert(
      networks.map((i) => {
        const status = statusOf(i);
        return {
          cohortId: cohort.id,
          networkId: networkId(i),
          status,
          completedOn: status === ParticipationStatus.COMPLETED ? '2026-01-10' : null,
          withdrawnOn: status === ParticipationStatus.WITHDRAWN ? '2026-01-10' : null,
          withdrawalReason: status === ParticipationStatus.WITHDRAWN ? 'Personalwechsel' : null,
        };
      }),
    );
    const participationId = (i: number) => participations.identifiers[i]!.id as string;

    const WORKSHOP_STATUSES = [
      WorkshopStatus.COMPLETED,
      WorkshopStatus.PUBLISHED,
      WorkshopStatus.PUBLISHED,
      WorkshopStatus.CANCELLED,
    ];
    const workshopStatus = (w: number) => WORKSHOP_STATUSES[w % WORKSHOP_STATUSES.length]!;
    const workshops = await dataSource.getRepository(WorkshopEntity).insert(
      workshopIndices.map((w) => ({
        cohortId: cohort.id,
        templateStepId: null,
        kind: WorkshopKind.OTHER,
        title: `Workshop ${n}-${String(w).padStart(2, '0')}`,
        description: null,
        format: w % 2 ? WorkshopFormat.ONLINE : WorkshopFormat.HYBRID,
        placeName: w % 2 ? null : 'KörberForum',
        placeAddress: null,
        onlineUrl: `https://meet.example.org/${n}-${w}`,
        capacity: null,
        attendanceRequired: true,
        status: workshopStatus(w),
        cancellationReason:
          workshopStatus(w) === WorkshopStatus.CANCELLED ? 'Referentin erkrankt' : null,
        sequence: 0,
      })),
    );
    const workshopId = (w: number) => workshops.identifiers[w]!.id as string;
    // Mondays a week apart from 2025-12-01; every third also the Tuesday after.
    await dataSource.getRepository(WorkshopDayEntity).insert(
      workshopIndices.flatMap((w) =>
        (w % 3 ? [0] : [0, 1]).map((extra) => ({
          workshopId: workshopId(w),
          date: plusDays('2025-12-01', 7 * w + extra),
          startTime: '09:00',
          endTime: '17:00',
        })),
      ),
    );
    await dataSource.getRepository(WorkshopFacilitatorEntity).insert(
      workshopIndices.flatMap((w) => [
        {
          workshopId: workshopId(w),
          position: 1,
          personId: facilitator.id,
          name: null,
          organisation: null,
          contribution: null,
        },
        {
          workshopId: workshopId(w),
          position: 2,
          personId: null,
          name: 'Dr. Ina Impuls',
          organisation: 'Phineo',
          contribution: 'Impuls Wirkungsmessung (halber Tag)',
        },
      ]),
    );
    const RECORDED = [
      AttendanceStatus.ATTENDED,
      AttendanceStatus.EXCUSED,
      AttendanceStatus.NO_SHOW,
    ];
    const withPlace = networks.filter((i) =>
      [
        ParticipationStatus.ACTIVE,
        ParticipationStatus.ENROLLED,
        ParticipationStatus.COMPLETED,
      ].includes(statusOf(i)),
    );
    await dataSource.getRepository(AttendanceEntity).insert(
      withPlace.flatMap((i) =>
        workshopIndices
          .filter((w) => workshopStatus(w) !== WorkshopStatus.CANCELLED)
          .map((w) => {
            const completed = workshopStatus(w) === WorkshopStatus.COMPLETED;
            return {
              workshopId: workshopId(w),
              participationId: participationId(i),
              status: completed
                ? RECORDED[(i + w) % RECORDED.length]!
                : AttendanceStatus.REGISTERED,
              recordedAt: completed ? new Date('2026-01-10T12:00:00Z') : null,
              recordedById: null,
            };
          }),
      ),
    );
    // Network 0 is active; its coordinator looks at their cycle.
    const viewer = await dataSource.getRepository(PersonEntity).findOneByOrFail({
      id: personId(0),
    });
    return { n, cohort, viewer, facilitator };
  }

  describe('without N+1 queries', () => {
    it('reads a coordinator’s whole cycle in a cohort of 40 networks × 15 workshops with as many SQL statements as 5 × 3', async () => {
      const small = await bulkCohort(5, 3);
      const large = await bulkCohort(40, 15);
      const smallViewer = await t.as(small.viewer);
      const largeViewer = await t.as(large.viewer);
      await smallViewer.data(FULL_CYCLE, { cohortId: small.cohort.id }); // warm-up

      let smallAnswer: any;
      let largeAnswer: any;
      const smallCount = await t.countStatements(async () => {
        smallAnswer = await smallViewer.data(FULL_CYCLE, { cohortId: small.cohort.id });
      });
      const largeCount = await t.countStatements(async () => {
        largeAnswer = await largeViewer.data(FULL_CYCLE, { cohortId: large.cohort.id });
      });

      // The answer is complete, so the count is not small because something was left out.
      const cycle = largeAnswer.myWorkshopCycle;
      expect(cycle.steps).toHaveLength(15);
      expect(cycle.cohort).toEqual({ title: `Durchgang ${large.n}` });
      expect(cycle.participation).toEqual({ network: { name: `Netz ${large.n}-00` } });
      expect(cycle.steps[0]).toEqual({
        attendance: 'ATTENDED',
        required: true,
        upcoming: false,
        workshop: {
          title: `Workshop ${large.n}-00`,
          days: [
            {
              date: '2025-12-01',
              startTime: '09:00',
              endTime: '17:00',
              startsAt: '2025-12-01T08:00:00.000Z',
              endsAt: '2025-12-01T16:00:00.000Z',
            },
            {
              date: '2025-12-02',
              startTime: '09:00',
              endTime: '17:00',
              startsAt: '2025-12-02T08:00:00.000Z',
              endsAt: '2025-12-02T16:00:00.000Z',
            },
          ],
          place: { name: 'KörberForum' },
          onlineUrl: `https://meet.example.org/${large.n}-0`,
          facilitators: [
            { name: `Frida Fachfrau ${large.n}`, organisation: null },
            { name: 'Dr. Ina Impuls', organisation: 'Phineo' },
          ],
          cohort: { title: `Durchgang ${large.n}` },
          timeZone: 'Europe/Berlin',
          attendance: [{ status: 'ATTENDED' }],
        },
      });
      const steps = cycle.steps as any[];
      expect(steps.every((s) => s.workshop.facilitators.length === 2)).toBe(true);
      expect(steps.every((s) => s.workshop.onlineUrl?.startsWith('https://'))).toBe(true);
      expect(steps.filter((s) => s.attendance === null)).toHaveLength(3); // cancelled
      expect(steps.filter((s) => s.workshop.attendance.length === 1)).toHaveLength(12);
      expect(steps.filter((s) => s.upcoming).length).toBeGreaterThan(0);
      // 12 required (3 cancelled); of the 4 completed, attended the 1st and the 13th.
      expect(cycle.progress).toEqual({ percent: 17 });
      // Workshop 06 ended on 2026-01-13, 07 is cancelled, 08 completed: 09 (2026-02-02) is next.
      expect(cycle.nextWorkshop).toEqual({ title: `Workshop ${large.n}-09` });
      expect(smallAnswer.myWorkshopCycle.steps).toHaveLength(3);

      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBeLessThan(25);
    });

    it('reads the attendance matrix of 40 networks × 12 workshops with as many SQL statements as 5 × 3', async () => {
      const small = await bulkCohort(5, 3);
      const large = await bulkCohort(40, 12);
      await pm.data(FULL_MATRIX, { cohortId: small.cohort.id }); // warm-up

      let smallAnswer: any;
      let largeAnswer: any;
      const smallCount = await t.countStatements(async () => {
        smallAnswer = await pm.data(FULL_MATRIX, { cohortId: small.cohort.id });
      });
      const largeCount = await t.countStatements(async () => {
        largeAnswer = await pm.data(FULL_MATRIX, { cohortId: large.cohort.id });
      });

      const matrix = largeAnswer.attendanceMatrix;
      // Completed and published workshops (3 of 12 are cancelled); networks with a place or
      // withdrawn (8 of 40 are only invited).
      expect(matrix.workshops).toHaveLength(9);
      expect(matrix.workshops.every((w: any) => w.days.length >= 1)).toBe(true);
      expect(matrix.rows).toHaveLength(32);
      const rows = matrix.rows as any[];
      expect(rows.every((r) => r.cells.length === 9)).toBe(true);
      expect(rows.every((r) => r.participation.coordinator?.name.startsWith('Koordination'))).toBe(
        true,
      );
      expect(rows[0]).toMatchObject({
        participation: {
          network: { name: `Netz ${large.n}-00` },
          coordinator: { name: `Koordination ${large.n}-0` },
        },
        progress: { required: 9, complete: false },
      });
      expect(rows[0].cells[0]).toEqual({
        status: 'ATTENDED',
        workshop: { id: expect.any(String) },
      });
      expect(
        rows.flatMap((r) => r.cells.map((c: any) => c.status)).filter((s) => s === 'ATTENDED')
          .length,
      ).toBeGreaterThan(0);
      expect(smallAnswer.attendanceMatrix.workshops).toHaveLength(3);
      expect(smallAnswer.attendanceMatrix.rows).toHaveLength(4);

      expect(largeCount).toBe(smallCount);
      expect(largeCount).toBeLessThan(25);
    });
  });

  /**
   * Cohort 8 with four networks: two active, one completed, one withdrawn (and one waiting,
   * which has no row). Three required workshops completed, an optional one published, one
   * cancelled.
   */
  async function attendanceCohort() {
    run += 1;
    const n = run;
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
