import { randomUUID } from 'node:crypto';
import { BadUserInputError, ConflictError, Language } from '@zyklus/common';
import { Actor, Role } from '@zyklus/identity';
import { ServiceTestModule } from '../../../../test/support/service-module';
import { CohortsModule } from '../cohorts.module';
import { CohortStatus } from './cohort-status';
import { CohortService } from './cohort.service';

describe('CohortService on PostgreSQL', () => {
  let t: ServiceTestModule;
  let cohorts: CohortService;
  let manager: Actor;

  beforeAll(async () => {
    t = await ServiceTestModule.start([CohortsModule]);
    cohorts = t.get(CohortService);
    manager = new Actor(randomUUID(), [Role.PROGRAM_MANAGER], Language.DE);
  });
  afterAll(() => t.close());

  it('lets exactly one of two simultaneous plans for the same number through', async () => {
    const programme = await t.given.programme();
    const plan = (title: string) =>
      cohorts.create(manager, {
        programmeId: programme.id,
        number: 7,
        title,
        startDate: '2026-11-25',
        endDate: '2027-10-29',
        capacity: 20,
      });

    const results = await Promise.allSettled([plan('A'), plan('B')]);

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ConflictError);
    const page = await cohorts.list(manager, { programmeId: programme.id, first: 10 });
    expect(page.totalCount).toBe(1);
  });

  it('applies only one of two simultaneous, contradicting status changes', async () => {
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });

    const results = await Promise.allSettled([
      cohorts.changeStatus(manager, { id: cohort.id, status: CohortStatus.COMPLETED }),
      cohorts.changeStatus(manager, { id: cohort.id, status: CohortStatus.CANCELLED }),
    ]);

    const applied = results.filter((r) => r.status === 'fulfilled');
    expect(applied).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(BadUserInputError);
    const stored = await cohorts.get(manager, cohort.id);
    expect(stored.status).toBe(applied[0]?.status === 'fulfilled' ? applied[0].value.status : null);
  });

  it('treats setting the current status again as a no-op', async () => {
    const cohort = await t.given.cohort({ status: CohortStatus.RUNNING });
    const again = await cohorts.changeStatus(manager, {
      id: cohort.id,
      status: CohortStatus.RUNNING,
    });
    expect(again.status).toBe(CohortStatus.RUNNING);
    expect(again.updatedAt).toEqual(cohort.updatedAt);
  });
});
