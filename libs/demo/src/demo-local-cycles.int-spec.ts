import { CohortsModule } from '@zyklus/cohorts';
import { PeerRoundsModule } from '@zyklus/peer-rounds';
import { WorkshopsModule } from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { ServiceTestModule } from '../../../test/support/service-module';
import { DemoSeeder } from './demo-seeder';
import { DemoModule } from './demo.module';

describe('DemoSeeder: local workshop cycles of cohort 5', () => {
  let t: ServiceTestModule;

  beforeAll(async () => {
    t = await ServiceTestModule.start([
      CohortsModule,
      WorkshopsModule,
      PeerRoundsModule,
      DemoModule,
    ]);
  });
  afterAll(() => t.close());

  it('gives most networks of cohort 5 a local cycle, in different states and phases, with invented initiatives marked as demo and one local workshop ahead', async () => {
    const now = new Date('2026-12-07T08:00:00Z');
    expect(await t.module.get(DemoSeeder).seed(now)).toBe(true);
    const db = t.module.get(DataSource);
    const [fifth] = await db.query(`SELECT id FROM cohort WHERE number = 5`);
    const cycles: { status: string; count: number }[] = await db.query(
      `SELECT l.status, count(*)::int AS count FROM local_cycle l
         JOIN participation p ON p.id = l.participation_id WHERE p.cohort_id = $1
        GROUP BY l.status ORDER BY l.status`,
      [fifth.id],
    );
    const taking: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM participation WHERE cohort_id = $1 AND status <> 'WITHDRAWN'`,
      [fifth.id],
    );
    const withCycle = cycles.reduce((sum, c) => sum + c.count, 0);
    expect(withCycle / taking[0]!.count).toBeGreaterThan(0.75);
    expect(cycles.map((c) => c.status)).toEqual(['CANCELLED', 'COMPLETED', 'PLANNED', 'RUNNING']);

    const initiatives = await db.query(`SELECT demo FROM initiative`);
    expect(initiatives.length).toBeGreaterThan(40);
    expect(initiatives.every((i: { demo: boolean }) => i.demo)).toBe(true);
    const phases: { phase: string }[] = await db.query(
      `SELECT DISTINCT phase FROM local_enrolment`,
    );
    expect(phases.length).toBeGreaterThanOrEqual(5);

    // No proposed day on a weekend.
    const weekend = await db.query(
      `SELECT 1 FROM local_workshop_day WHERE extract(isodow FROM date) >= 6`,
    );
    expect(weekend).toEqual([]);
    // Its reminders to the coordinator and to the consenting contact of an enrolled initiative.
    const ahead = await db.query(
      `SELECT w.title, r.status, r.recipient_id IS NOT NULL AS to_person,
              i.contact_consent_on IS NOT NULL AS consented
         FROM local_workshop w JOIN local_workshop_day d ON d.local_workshop_id = w.id
         JOIN reminder r ON r.event_id = w.id LEFT JOIN initiative i ON i.id = r.contact_id
        WHERE d.date > '2026-12-07' AND w.status = 'PUBLISHED' ORDER BY to_person`,
    );
    expect(ahead).toEqual([
      { title: 'Beratungsgespräch vor Ort', status: 'PENDING', to_person: false, consented: true },
      { title: 'Beratungsgespräch vor Ort', status: 'PENDING', to_person: true, consented: false },
    ]);
  });
});
