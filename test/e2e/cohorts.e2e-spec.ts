import { CohortStatus } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Role } from '@zyklus/identity';
import { GraphQLClient } from '../support/graphql-client';
import { TestApp } from '../support/test-app';

const COHORT_FIELDS = `id number title startDate endDate capacity status nextStatuses programme { id name }`;

const CREATE = `mutation ($input: CreateCohortInput!) { createCohort(input: $input) { ${COHORT_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateCohortInput!) { updateCohort(input: $input) { ${COHORT_FIELDS} } }`;
const CHANGE_STATUS = `mutation ($input: ChangeCohortStatusInput!) { changeCohortStatus(input: $input) { id status nextStatuses } }`;
const COHORT = `query ($id: ID!) { cohort(id: $id) { ${COHORT_FIELDS} } }`;
const COHORTS = `query ($programmeId: ID, $status: CohortStatus, $first: Int, $after: String) {
  cohorts(programmeId: $programmeId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { number title } } nodes { number }
  }
}`;

describe('cohorts (Qualifizierungsdurchgänge) over GraphQL', () => {
  let t: TestApp;
  let pm: GraphQLClient;

  beforeAll(async () => {
    t = await TestApp.start();
    pm = await t.manager();
  });
  afterAll(() => t.close());

  const validInput = (programmeId: string, overrides: Record<string, unknown> = {}) => ({
    programmeId,
    number: 6,
    title: '6. Qualifizierungsdurchgang',
    startDate: '2025-11-26',
    endDate: '2026-10-30',
    capacity: 20,
    ...overrides,
  });

  it('plans a cohort as PLANNED and reads it back with its programme', async () => {
    const programme = await t.given.programme({ name: 'MINT-Qualitätsoffensive' });
    const { createCohort } = await pm.data(CREATE, { input: validInput(programme.id) });

    expect(createCohort).toMatchObject({
      number: 6,
      title: '6. Qualifizierungsdurchgang',
      startDate: '2025-11-26',
      endDate: '2026-10-30',
      capacity: 20,
      status: 'PLANNED',
      nextStatuses: ['RUNNING', 'CANCELLED'],
      programme: { id: programme.id, name: 'MINT-Qualitätsoffensive' },
    });
    const { cohort } = await pm.data(COHORT, { id: createCohort.id });
    expect(cohort).toEqual(createCohort);
  });

  it('keeps a cohort’s dates as calendar dates, whatever the server’s time zone', async () => {
    const programme = await t.given.programme();
    const { createCohort } = await pm.data(CREATE, {
      input: validInput(programme.id, { startDate: '2025-03-30', endDate: '2025-10-26' }),
    });
    expect([createCohort.startDate, createCohort.endDate]).toEqual(['2025-03-30', '2025-10-26']);
  });

  it('refuses a second cohort with the same number in the programme (CONFLICT) and writes nothing', async () => {
    const programme = await t.given.programme();
    await t.given.cohort({ programmeId: programme.id, number: 6 });

    const answer = await pm.gql(CREATE, { input: validInput(programme.id, { title: 'Doppelt' }) });

    expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(answer.errors?.[0]?.message).toContain('6. Qualifizierungsdurchgang');
    expect(answer.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'number', message: 'Diese Nummer ist schon vergeben.' },
    ]);
    const { cohorts } = await pm.data(COHORTS, { programmeId: programme.id });
    expect(cohorts.totalCount).toBe(1);
  });

  it('allows the same number in another programme', async () => {
    await t.given.cohort({ number: 6 });
    const other = await t.given.programme();
    const answer = await pm.gql(CREATE, { input: validInput(other.id) });
    expect(answer.errors).toBeUndefined();
  });

  it.each([
    [
      'endDate',
      { startDate: '2025-11-26', endDate: '2025-11-25' },
      'Der letzte Tag darf nicht vor dem ersten Tag liegen.',
    ],
    ['capacity', { capacity: 0 }, 'Muss mindestens 1 sein.'],
    ['title', { title: '   ' }, 'Darf nicht leer sein.'],
    ['title', { title: 'x'.repeat(201) }, 'Darf höchstens 200 Zeichen lang sein.'],
    ['number', { number: 0 }, 'Muss mindestens 1 sein.'],
  ])('rejects a bad %s with BAD_USER_INPUT naming the field', async (field, overrides, message) => {
    const programme = await t.given.programme();
    const answer = await pm.gql(CREATE, { input: validInput(programme.id, overrides) });

    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.extensions?.fields).toContainEqual(
      expect.objectContaining({ field, message }),
    );
    const { cohorts } = await pm.data(COHORTS, { programmeId: programme.id });
    expect(cohorts.totalCount).toBe(0);
  });

  it('counts characters as PostgreSQL does: variation selectors too, emoji as one', async () => {
    const programme = await t.given.programme();
    // 150 × "a" + U+FE0F: 150 characters for class-validator's MaxLength, 300 for varchar(200).
    const tooLong = await pm.gql(CREATE, {
      input: validInput(programme.id, { title: 'a\uFE0F'.repeat(150) }),
    });
    expect(tooLong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'title', message: 'Darf höchstens 200 Zeichen lang sein.' }],
    });

    const emoji = '🚀'.repeat(200);
    const { createCohort } = await pm.data(CREATE, {
      input: validInput(programme.id, { title: emoji }),
    });
    expect(createCohort.title).toBe(emoji);
  });

  it('reports every bad field at once', async () => {
    const programme = await t.given.programme();
    const answer = await pm.gql(CREATE, {
      input: validInput(programme.id, { title: '', capacity: -1 }),
    });
    const fields = answer.errors?.[0]?.extensions?.fields?.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['title', 'capacity']));
  });

  it('answers in the language the signed-in person prefers', async () => {
    const programme = await t.given.programme();
    const english = await t.as(
      await t.given.person({ roles: [Role.PROGRAM_MANAGER], preferredLanguage: Language.EN }),
    );
    const answer = await english.gql(CREATE, {
      input: validInput(programme.id, { capacity: 0 }),
    });
    expect(answer.errors?.[0]?.extensions?.fields).toMatchObject([
      { field: 'capacity', message: 'Must be at least 1.' },
    ]);
  });

  it('rejects a date that does not exist', async () => {
    const programme = await t.given.programme();
    const answer = await pm.gql(CREATE, {
      input: validInput(programme.id, { startDate: '2025-02-30' }),
    });
    expect(answer.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'startDate', message: 'Muss ein Datum im Format JJJJ-MM-TT sein.' }],
    });
  });

  it('answers NOT_FOUND for an unknown programme or cohort, BAD_USER_INPUT for a malformed id', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const create = await pm.gql(CREATE, { input: validInput(missing) });
    expect(create.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ field: 'programmeId' }],
    });

    const read = await pm.gql(COHORT, { id: missing });
    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(read.errors?.[0]?.message).toBe('Qualifizierungsdurchgang nicht gefunden.');

    const list = await pm.gql(COHORTS, { programmeId: missing });
    expect(list.errors?.[0]).toMatchObject({
      message: 'Programm nicht gefunden.',
      extensions: { code: 'NOT_FOUND', fields: [{ field: 'programmeId' }] },
    });
    expect(list.data).toBeNull();

    const malformed = await pm.gql(COHORT, { id: 'not-an-id' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id' }],
    });
  });

  describe('updateCohort', () => {
    it('changes only the fields given', async () => {
      const cohort = await t.given.cohort({ title: 'Alt', capacity: 18 });
      const { updateCohort } = await pm.data(UPDATE, { input: { id: cohort.id, title: 'Neu' } });
      expect(updateCohort).toMatchObject({
        title: 'Neu',
        capacity: 18,
        startDate: cohort.startDate,
      });
    });

    it('checks the period against the stored start date', async () => {
      const cohort = await t.given.cohort({ startDate: '2025-11-24', endDate: '2026-10-30' });
      const answer = await pm.gql(UPDATE, { input: { id: cohort.id, endDate: '2025-11-01' } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'endDate' }],
      });
      const { cohort: unchanged } = await pm.data(COHORT, { id: cohort.id });
      expect(unchanged.endDate).toBe('2026-10-30');
    });

    it('refuses null for a required field instead of clearing it', async () => {
      const cohort = await t.given.cohort();
      const answer = await pm.gql(UPDATE, { input: { id: cohort.id, title: null } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'title', message: 'Muss angegeben werden.' }],
      });
    });

    it('refuses a number taken by another cohort of the programme', async () => {
      const programme = await t.given.programme();
      await t.given.cohort({ programmeId: programme.id, number: 4 });
      const fifth = await t.given.cohort({ programmeId: programme.id, number: 5, title: 'Fünf' });
      const answer = await pm.gql(UPDATE, { input: { id: fifth.id, number: 4, title: 'Vier?' } });
      expect(answer.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const { cohort } = await pm.data(COHORT, { id: fifth.id });
      expect(cohort).toMatchObject({ number: 5, title: 'Fünf' });
    });

    it('answers NOT_FOUND for an unknown cohort', async () => {
      const answer = await pm.gql(UPDATE, {
        input: { id: '00000000-0000-4000-8000-000000000000', title: 'x' },
      });
      expect(answer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('changeCohortStatus', () => {
    it('walks PLANNED → RUNNING → COMPLETED', async () => {
      const cohort = await t.given.cohort();
      const running = await pm.data(CHANGE_STATUS, { input: { id: cohort.id, status: 'RUNNING' } });
      expect(running.changeCohortStatus).toMatchObject({
        status: 'RUNNING',
        nextStatuses: ['COMPLETED', 'CANCELLED'],
      });
      const done = await pm.data(CHANGE_STATUS, { input: { id: cohort.id, status: 'COMPLETED' } });
      expect(done.changeCohortStatus).toMatchObject({ status: 'COMPLETED', nextStatuses: [] });
    });

    it.each([
      [
        CohortStatus.PLANNED,
        CohortStatus.COMPLETED,
        'Ein geplanter Durchgang kann nicht abgeschlossen werden.',
      ],
      [
        CohortStatus.RUNNING,
        CohortStatus.PLANNED,
        'Ein laufender Durchgang kann nicht wieder auf geplant gesetzt werden.',
      ],
      [
        CohortStatus.COMPLETED,
        CohortStatus.RUNNING,
        'Ein abgeschlossener Durchgang kann nicht gestartet werden.',
      ],
      [
        CohortStatus.CANCELLED,
        CohortStatus.RUNNING,
        'Ein abgesagter Durchgang kann nicht gestartet werden.',
      ],
    ])('refuses %s → %s with BAD_USER_INPUT on status', async (from, to, message) => {
      const cohort = await t.given.cohort({ status: from });
      const answer = await pm.gql(CHANGE_STATUS, { input: { id: cohort.id, status: to } });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'status', message }],
      });
      const { cohort: unchanged } = await pm.data(COHORT, { id: cohort.id });
      expect(unchanged.status).toBe(from);
    });

    it('cancels a running cohort', async () => {
      const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
      const { changeCohortStatus } = await pm.data(CHANGE_STATUS, {
        input: { id: cohort.id, status: 'CANCELLED' },
      });
      expect(changeCohortStatus.status).toBe('CANCELLED');
    });
  });

  describe('cohorts (paginated list)', () => {
    it('pages through a programme’s cohorts in chronological order', async () => {
      const programme = await t.given.programme();
      for (const [number, startDate] of [
        [3, '2022-11-21'],
        [1, '2020-11-16'],
        [2, '2021-11-22'],
      ] as const) {
        await t.given.cohort({
          programmeId: programme.id,
          number,
          startDate,
          endDate: `${startDate.slice(0, 4)}-12-31`,
        });
      }
      await t.given.cohort(); // another programme's cohort stays out

      const first = await pm.data(COHORTS, { programmeId: programme.id, first: 2 });
      expect(first.cohorts.nodes.map((c: { number: number }) => c.number)).toEqual([1, 2]);
      expect(first.cohorts).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
      expect(first.cohorts.pageInfo.endCursor).toBe(first.cohorts.edges[1].cursor);

      const second = await pm.data(COHORTS, {
        programmeId: programme.id,
        first: 2,
        after: first.cohorts.pageInfo.endCursor,
      });
      expect(second.cohorts.nodes.map((c: { number: number }) => c.number)).toEqual([3]);
      expect(second.cohorts.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: second.cohorts.edges[0].cursor,
      });
    });

    it('filters by status', async () => {
      const programme = await t.given.programme();
      await t.given.cohort({ programmeId: programme.id, status: CohortStatus.RUNNING });
      await t.given.cohort({ programmeId: programme.id, status: CohortStatus.PLANNED });
      const { cohorts } = await pm.data(COHORTS, { programmeId: programme.id, status: 'RUNNING' });
      expect(cohorts.totalCount).toBe(1);
    });

    it.each([[0], [101]])('refuses first: %i (1–100 allowed)', async (first) => {
      const answer = await pm.gql(COHORTS, { first });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'first' }],
      });
    });

    it('refuses a forged cursor', async () => {
      const forged = Buffer.from(JSON.stringify(["'; DROP TABLE cohort; --", 1, 'x'])).toString(
        'base64url',
      );
      const answer = await pm.gql(COHORTS, { after: forged });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'after' }],
      });
    });

    it('loads the programmes of a whole page with a constant number of statements', async () => {
      const query = `query ($programmeId: ID) { cohorts(programmeId: $programmeId, first: 100) { nodes { programme { name } } } }`;
      const small = await t.given.programme();
      const large = await t.given.programme();
      for (let i = 1; i <= 2; i++) await t.given.cohort({ programmeId: small.id, number: i });
      for (let i = 1; i <= 30; i++) await t.given.cohort({ programmeId: large.id, number: i });

      const forSmall = await t.countStatements(() => pm.data(query, { programmeId: small.id }));
      const forLarge = await t.countStatements(() => pm.data(query, { programmeId: large.id }));
      expect(forLarge).toBe(forSmall);
    });
  });
});
