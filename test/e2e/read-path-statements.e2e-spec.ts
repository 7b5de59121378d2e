import { PersonEntity } from '@zyklus/identity';
import { READ_PATHS } from '../../bench/read-paths/documents';
import { BenchData, seed } from '../../bench/read-paths/seed';
import { TestApp } from '../support/test-app';

const document = (name: string) => READ_PATHS.find((p) => p.name === name)!.graphql!;
const OVERVIEW = document('cohortOverview');
const CYCLE = document('myWorkshopCycle');
const MATRIX = document('attendanceMatrix');

interface Measured {
  overview: { statements: number; answer: any };
  cycle: { statements: number; answer: any };
  matrix: { statements: number; answer: any };
  data: BenchData;
}

/**
 * The benchmark's data (20 networks a cohort at 1×, 200 at 10×, with workshops, attendance,
 * hand-overs and alumni) on a fresh api, and what the main read paths cost there.
 */
async function measure(scale: number): Promise<Measured> {
  const t = await TestApp.start();
  try {
    const data = await seed(t.database.url, scale);
    const pm = await t.as({ id: data.managerId } as PersonEntity);
    const coordinator = await t.as({ id: data.coordinatorId } as PersonEntity);
    const variables = { id: data.cohortId };
    const counted = async (read: () => Promise<any>) => {
      await read(); // warm-up
      let answer: any;
      const statements = await t.countStatements(async () => {
        answer = await read();
      });
      return { statements, answer };
    };
    return {
      overview: await counted(() => pm.data(OVERVIEW, variables)),
      cycle: await counted(() => coordinator.data(CYCLE)),
      matrix: await counted(() => pm.data(MATRIX, variables)),
      data,
    };
  } finally {
    await t.close();
  }
}

describe('the read paths cost the same SQL statements whatever the size of the data', () => {
  let small: Measured;
  let large: Measured;

  beforeAll(async () => {
    small = await measure(1);
    large = await measure(10);
  }, 120_000);

  it('reads the cohort overview at 1× and 10× data (20 and 200 networks) with the same statements', () => {
    expect(small.overview.answer.cohortOverview.participations).toHaveLength(20);
    expect(large.overview.answer.cohortOverview.participations).toHaveLength(200);
    // Complete answers: coordinators with contact data, alumni, the waiting list.
    const rows = large.overview.answer.cohortOverview.participations as any[];
    expect(rows.every((p) => p.coordinator?.email)).toBe(true);
    expect(rows.some((p) => p.coordinatorExperience === 'EXPERIENCED')).toBe(true);
    expect(large.overview.answer.cohortOverview.waitingList).toHaveLength(20);

    expect(large.overview.statements).toBe(small.overview.statements);
    expect(large.overview.statements).toBeLessThanOrEqual(3);
  });

  it('reads a coordinator’s cycle at 1× and 10× data with the same statements', () => {
    for (const { cycle } of [small, large]) {
      expect(cycle.answer.myWorkshopCycle.steps).toHaveLength(10);
      expect(cycle.answer.myWorkshopCycle.progress.required).toBe(8);
      expect(cycle.answer.myWorkshopCycle.nextWorkshop.onlineUrl).toMatch(/^https:\/\//);
    }

    expect(large.cycle.statements).toBe(small.cycle.statements);
    expect(large.cycle.statements).toBeLessThanOrEqual(5);
  });

  it('reads the attendance matrix at 1× and 10× data with the same statements', () => {
    // Networks with a place and those who withdrew: 8 of every 10.
    expect(small.matrix.answer.attendanceMatrix.rows).toHaveLength(16);
    expect(large.matrix.answer.attendanceMatrix.rows).toHaveLength(160);

    expect(large.matrix.statements).toBe(small.matrix.statements);
  });
});
