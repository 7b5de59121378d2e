import {
  CohortsModule,
  CohortService,
  CoordinationEntity,
  NetworkEntity,
  ParticipationChangeEntity,
  ParticipationEntity,
  ProgrammeService,
} from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { Actor, PersonEntity, Role } from '@zyklus/identity';
import {
  AttendanceEntity,
  CycleTemplateStepEntity,
  WorkshopChangeEntity,
  WorkshopDayEntity,
  WorkshopEntity,
  WorkshopFacilitatorEntity,
} from '@zyklus/workshops';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ServiceTestModule } from '../../../test/support/service-module';
import { DemoModule } from './demo.module';
import { DemoSeeder } from './demo-seeder';

/** Late 2025: the 5th cohort is over and the running 6th (from 2026 on) not yet seeded. */
const BEFORE_SIXTH = new Date('2025-12-15T10:00:00Z');

describe('DemoSeeder', () => {
  let t: ServiceTestModule;
  const manager = new Actor(randomUUID(), [Role.PROGRAM_MANAGER], Language.DE);

  beforeEach(async () => {
    t = await ServiceTestModule.start([CohortsModule, DemoModule]);
  });
  afterEach(() => t.close());

  /** How many rows each table has. */
  async function counts() {
    const dataSource = t.module.get(DataSource);
    return {
      people: await dataSource.getRepository(PersonEntity).count(),
      networks: await dataSource.getRepository(NetworkEntity).count(),
      coordinations: await dataSource.getRepository(CoordinationEntity).count(),
      participations: await dataSource.getRepository(ParticipationEntity).count(),
      changes: await dataSource.getRepository(ParticipationChangeEntity).count(),
      templateSteps: await dataSource.getRepository(CycleTemplateStepEntity).count(),
      workshops: await dataSource.getRepository(WorkshopEntity).count(),
      workshopDays: await dataSource.getRepository(WorkshopDayEntity).count(),
      facilitators: await dataSource.getRepository(WorkshopFacilitatorEntity).count(),
      workshopChanges: await dataSource.getRepository(WorkshopChangeEntity).count(),
      attendance: await dataSource.getRepository(AttendanceEntity).count(),
    };
  }

  it('seeds the MINT-Qualitätsoffensive with cohorts 1–5 and their networks on an empty database, once', async () => {
    const seeder = t.get(DemoSeeder);
    const now = BEFORE_SIXTH;

    expect(await seeder.seed(now)).toBe(true);
    const seeded = await counts();
    expect(await seeder.seed(now)).toBe(false);
    expect(await counts()).toEqual(seeded);
    // 12 alumni networks (3 per cohort 1–4) and 21 in cohort 5: 20 complete, 1 withdrew.
    expect(seeded).toEqual({
      people: 35,
      networks: 33,
      coordinations: 37,
      participations: 33,
      changes: 12 * 4 + 19 * 4 + 5 + 4,
      // The template; the 5th cohort's five workshops on 3 + 1 + 1 + 1 + 2 days, the manager
      // facilitating each and an external expert one; published, one moved, all completed;
      // 20 networks at each workshop (the one that withdrew at the first two, the late one at
      // the last three).
      templateSteps: 5,
      workshops: 5,
      workshopDays: 8,
      facilitators: 6,
      workshopChanges: 5 + 1 + 5,
      attendance: 5 * 20,
    });

    const programmes = await t.get(ProgrammeService).list();
    expect(programmes.map((p) => p.name)).toEqual(['MINT-Qualitätsoffensive']);
    const people = await t.module.get(DataSource).getRepository(PersonEntity).find();
    expect(people.filter((p) => p.roles.length)).toMatchObject([
      { email: 'programm@example.org', roles: ['PROGRAM_MANAGER'] },
    ]);
    for (const person of people.filter((p) => !p.roles.length)) {
      expect(person.email).toMatch(/^[a-z]+\.[a-z]+@example\.org$/);
    }
    expect(people.filter((p) => p.preferredLanguage === Language.EN)).toHaveLength(2);
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

  it('never touches a database that already has a person', async () => {
    await t.given.person({ email: 'erste@example.org' });
    expect(await t.get(DemoSeeder).seed(new Date())).toBe(false);
    expect(await counts()).toMatchObject({ people: 1, networks: 0, workshops: 0 });
  });

  it('seeds once when two instances start together', async () => {
    const seeder = t.get(DemoSeeder);
    const results = await Promise.all([seeder.seed(BEFORE_SIXTH), seeder.seed(BEFORE_SIXTH)]);
    expect(results.sort()).toEqual([false, true]);
    expect(await t.get(ProgrammeService).list()).toHaveLength(1);
    expect((await counts()).networks).toBe(33);
  });
});
