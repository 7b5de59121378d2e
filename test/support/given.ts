import { CohortEntity, CohortStatus, ProgrammeEntity } from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { PersonEntity } from '@zyklus/identity';
import { DataSource } from 'typeorm';

let sequence = 0;
const next = () => ++sequence;

/**
 * Factories for test data, written straight to the database: each test makes exactly what it
 * needs (`given.programme()`, `given.cohort({ status: RUNNING })`) and nothing else.
 */
export class Given {
  constructor(private readonly dataSource: DataSource) {}

  programme(overrides: Partial<ProgrammeEntity> = {}): Promise<ProgrammeEntity> {
    const repository = this.dataSource.getRepository(ProgrammeEntity);
    return repository.save(
      repository.create({
        name: `Programm ${next()}`,
        timeZone: 'Europe/Berlin',
        defaultLanguage: Language.DE,
        ...overrides,
      }),
    );
  }

  person(overrides: Partial<PersonEntity> = {}): Promise<PersonEntity> {
    const n = next();
    const repository = this.dataSource.getRepository(PersonEntity);
    return repository.save(
      repository.create({
        name: `Person ${n}`,
        email: `person${n}@example.org`,
        preferredLanguage: Language.DE,
        roles: [],
        ...overrides,
      }),
    );
  }

  async deletePerson(id: string): Promise<void> {
    await this.dataSource.getRepository(PersonEntity).delete(id);
  }

  async cohort(overrides: Partial<CohortEntity> = {}): Promise<CohortEntity> {
    const programmeId = overrides.programmeId ?? (await this.programme()).id;
    const number = overrides.number ?? next();
    const repository = this.dataSource.getRepository(CohortEntity);
    return repository.save(
      repository.create({
        programmeId,
        number,
        title: `${number}. Qualifizierungsdurchgang`,
        startDate: '2025-11-24',
        endDate: '2026-10-30',
        capacity: 20,
        status: CohortStatus.PLANNED,
        ...overrides,
      }),
    );
  }
}
