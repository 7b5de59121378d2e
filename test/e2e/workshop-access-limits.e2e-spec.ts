import { CohortEntity, ParticipationEntity } from '@zyklus/cohorts';
import {
  AttendanceStatus,
  WorkshopEntity,
  WorkshopFacilitatorEntity,
  WorkshopFormat,
  WorkshopKind,
  WorkshopStatus,
} from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { AccessScenario, denial } from '../support/access-scenario';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';
import { WorkshopSpec, writeAttendance, writeWorkshop } from '../support/workshop-rows';

const ONLY_MANAGERS = 'Das dürfen nur Programm-Manager:innen.';
const NOT_IN_WORKSHOP_COHORT = 'Sie nehmen am Durchgang dieses Workshops nicht teil.';
const NOT_YOUR_CYCLE =
  'Diesen Workshop-Zyklus sehen nur die Koordination des Netzwerks und Programm-Manager:innen.';

const COHORT_WORKSHOPS = `query ($id: ID!) { cohort(id: $id) { workshops { title status } } }`;
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

describe('access to workshops, cycles and attendance (DESIGN §4): what a coordinator may not do; facilitators', () => {
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
        onlineUrl: `https://meet.example.org/wirkungslogik-${s.run}`,
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
        onlineUrl: `https://meet.example.org/wirkungslogik-${s.run}`,
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
      expect(ics).toContain(`https://meet.example.org/wirkungslogik-${s.run}`);
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
});
