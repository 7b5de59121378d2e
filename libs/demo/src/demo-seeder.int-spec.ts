import { CohortsModule, CohortService, ProgrammeService } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Actor, PersonEntity, Role } from '@zyklus/identity';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ServiceTestModule } from '../../../test/support/service-module';
import { DemoModule } from './demo.module';
import { DemoSeeder } from './demo-seeder';

describe('DemoSeeder', () => {
  let t: ServiceTestModule;
  const manager = new Actor(randomUUID(), [Role.PROGRAM_MANAGER], Language.DE);

  beforeEach(async () => {
    t = await ServiceTestModule.start([CohortsModule, DemoModule]);
  });
  afterEach(() => t.close());

  it('seeds the MINT-Qualitätsoffensive with cohorts 1–5 on an empty database, once', async () => {
    const seeder = t.get(DemoSeeder);
    const now = new Date('2026-11-22T10:00:00Z');

    expect(await seeder.seed(now)).toBe(true);
    expect(await seeder.seed(now)).toBe(false);

    const programmes = await t.get(ProgrammeService).list();
    expect(programmes.map((p) => p.name)).toEqual(['MINT-Qualitätsoffensive']);
    const people = await t.module.get(DataSource).getRepository(PersonEntity).find();
    expect(people).toMatchObject([{ email: 'programm@example.org', roles: ['PROGRAM_MANAGER'] }]);
    const page = await t
      .get(CohortService)
      .list(manager, { programmeId: programmes[0]!.id, first: 10 });
    expect(page.nodes.map((c) => c.number)).toEqual([1, 2, 3, 4, 5]);
    expect(page.nodes[4]).toMatchObject({
      startDate: '2024-11-27',
      capacity: 20,
      status: 'COMPLETED',
    });
  });

  it('derives the cohorts’ statuses from their dates', async () => {
    await t.get(DemoSeeder).seed(new Date('2025-05-15T10:00:00Z'));
    const page = await t.get(CohortService).list(manager, { first: 10 });
    expect(page.nodes.map((c) => c.status)).toEqual([
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'COMPLETED',
      'RUNNING',
    ]);
  });

  it('never touches a database that already has a programme', async () => {
    await t.given.programme({ name: 'Echtes Programm' });
    expect(await t.get(DemoSeeder).seed(new Date())).toBe(false);
    const programmes = await t.get(ProgrammeService).list();
    expect(programmes.map((p) => p.name)).toEqual(['Echtes Programm']);
  });

  it('seeds once when two instances start together', async () => {
    const seeder = t.get(DemoSeeder);
    const results = await Promise.all([seeder.seed(new Date()), seeder.seed(new Date())]);
    expect(results.sort()).toEqual([false, true]);
    expect(await t.get(ProgrammeService).list()).toHaveLength(1);
  });
});
