import { CohortStatus, ParticipationStatus } from '@zyklus/cohorts';
import { Role } from '@zyklus/identity';
import { TestApp } from '../support/test-app';

const CREATE = `mutation ($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const PUBLISH = `mutation ($id: ID!) { publishWorkshop(id: $id) { id } }`;
const ATTACK = '=HYPERLINK("https://evil.example";"Details")';

/** No cell of any export, headers included, starts a formula in a spreadsheet. */
describe('CSV exports against formula injection', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    t.clock.set('2024-11-04T09:00:00Z');
  });
  afterAll(() => t.close());

  /** The cells of a semicolon CSV without BOM (cells here contain no semicolons or quotes but the attack). */
  const firstCells = (text: string) =>
    text
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(';')[0]);

  it('writes a workshop titled like a formula into the attendance header as text', async () => {
    const pm = await t.manager();
    const cohort = await t.given.cohort({
      startDate: '2024-11-27',
      endDate: '2025-10-31',
      status: CohortStatus.RUNNING,
    });
    await t.given.coordinatorIn(cohort, ParticipationStatus.ACTIVE);
    const { createWorkshop } = await pm.data(CREATE, {
      input: {
        cohortId: cohort.id,
        kind: 'OTHER',
        title: ATTACK,
        format: 'ONLINE',
        onlineUrl: 'https://meet.example.org/q5',
        days: [{ date: '2025-01-22', startTime: '09:00', endTime: '17:00' }],
      },
    });
    await pm.data(PUBLISH, { id: createWorkshop.id });
    const manager = await t.given.person({ roles: [Role.PROGRAM_MANAGER] });
    const csv = await t.download(`/exports/cohorts/${cohort.id}/attendance.csv`, {
      authorization: `Bearer ${await t.tokenFor(manager)}`,
    });
    expect(csv.status).toBe(200);
    const header = csv.text.slice(1).split('\r\n')[0]!;
    expect(header).toContain(`"'=HYPERLINK(""https://evil.example"";""Details"") (22.01.2025)"`);
    expect(header).not.toMatch(/(^|;)"?=/);
    expect(firstCells(csv.text).every((cell) => !/^"?[=+\-@]/.test(cell ?? ''))).toBe(true);
  });
});
