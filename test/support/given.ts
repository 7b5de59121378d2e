import {
  Bundesland,
  CohortEntity,
  CohortStatus,
  CoordinationEntity,
  NetworkEntity,
  NetworkKind,
  ParticipationEntity,
  ParticipationStatus,
  ProgrammeEntity,
} from '@zyklus/cohorts';
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

  network(overrides: Partial<NetworkEntity> = {}): Promise<NetworkEntity> {
    const repository = this.dataSource.getRepository(NetworkEntity);
    return repository.save(
      repository.create({
        name: `MINT-Netzwerk ${next()}`,
        kind: NetworkKind.MINT_REGION,
        bundesland: Bundesland.SACHSEN_ANHALT,
        city: 'Magdeburg',
        website: null,
        ...overrides,
      }),
    );
  }

  /** `person` coordinates `network` from `startDate` (open-ended unless `endDate`). */
  coordination(
    network: NetworkEntity,
    person: PersonEntity,
    startDate = '2020-01-01',
    endDate: string | null = null,
  ): Promise<CoordinationEntity> {
    const repository = this.dataSource.getRepository(CoordinationEntity);
    return repository.save(
      repository.create({ networkId: network.id, personId: person.id, startDate, endDate }),
    );
  }

  /** A participation written straight into a status (no history), e.g. for access tests. */
  participation(
    cohort: CohortEntity,
    network: NetworkEntity,
    status = ParticipationStatus.ACTIVE,
    overrides: Partial<ParticipationEntity> = {},
  ): Promise<ParticipationEntity> {
    const repository = this.dataSource.getRepository(ParticipationEntity);
    return repository.save(
      repository.create({
        cohortId: cohort.id,
        networkId: network.id,
        status,
        waitlistedAt: status === ParticipationStatus.WAITLISTED ? new Date() : null,
        completedOn: status === ParticipationStatus.COMPLETED ? cohort.endDate : null,
        withdrawnOn: status === ParticipationStatus.WITHDRAWN ? cohort.startDate : null,
        withdrawalReason: status === ParticipationStatus.WITHDRAWN ? 'Keine Kapazität' : null,
        ...overrides,
      }),
    );
  }

  /**
   * A coordinator taking part in `cohort`: a person coordinating a new network that
   * participates with `status`.
   */
  async coordinatorIn(
    cohort: CohortEntity,
    status = ParticipationStatus.ACTIVE,
    person?: Partial<PersonEntity>,
    network?: Partial<NetworkEntity>,
  ): Promise<{ person: PersonEntity; network: NetworkEntity; participation: ParticipationEntity }> {
    const coordinator = await this.person(person);
    const networkRow = await this.network(network);
    await this.coordination(networkRow, coordinator);
    const participation = await this.participation(cohort, networkRow, status);
    return { person: coordinator, network: networkRow, participation };
  }
}
