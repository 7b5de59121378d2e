import { BuddyProfileEntity, BuddyTopic } from '@zyklus/buddies';
import {
  Bundesland,
  CohortEntity,
  CohortStatus,
  NetworkKind,
  ParticipationStatus,
} from '@zyklus/cohorts';
import { Language } from '@zyklus/common';
import { PersonEntity } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { GraphQLAnswer } from './graphql-client';
import { TestApp } from './test-app';

export interface BuddyOptions {
  bundesland?: Bundesland;
  kind?: NetworkKind;
  capacity?: number;
  topics?: BuddyTopic[];
  travelsTo?: Bundesland[];
  languages?: string[];
  /** No buddy profile: an alumnus who does not offer. */
  noProfile?: boolean;
}

/** The first error's code, reason and fields, or null when there was none. */
export function problem(answer: GraphQLAnswer) {
  const error = answer.errors?.[0];
  if (!error) return null;
  const extensions = error.extensions as
    { code?: string; reason?: string; fields?: { field: string; reason?: string }[] } | undefined;
  return {
    code: extensions?.code,
    reason: extensions?.reason,
    field: extensions?.fields?.[0]?.field,
    message: error.message,
  };
}

/**
 * A programme with a completed earlier cohort (whose coordinators are alumni) and a running
 * cohort of new coordinators, written straight to the database; buddy profiles too.
 */
export class BuddyScenario {
  private constructor(
    private readonly t: TestApp,
    readonly earlier: CohortEntity,
    readonly cohort: CohortEntity,
  ) {}

  static async start(t: TestApp): Promise<BuddyScenario> {
    const programme = await t.given.programme();
    const earlier = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2024-11-25',
      endDate: '2025-10-31',
      status: CohortStatus.COMPLETED,
    });
    const cohort = await t.given.cohort({
      programmeId: programme.id,
      startDate: '2025-11-24',
      endDate: '2026-10-30',
      status: CohortStatus.RUNNING,
    });
    return new BuddyScenario(t, earlier, cohort);
  }

  /** An alumnus of the earlier cohort, with a buddy profile unless `noProfile`. */
  async alumnus(name: string, options: BuddyOptions = {}): Promise<PersonEntity> {
    const { person } = await this.t.given.coordinatorIn(
      this.earlier,
      ParticipationStatus.COMPLETED,
      { name, email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now() % 1e6}@example.org` },
      {
        bundesland: options.bundesland ?? Bundesland.BAYERN,
        kind: options.kind ?? NetworkKind.MINT_REGION,
      },
    );
    if (!options.noProfile) {
      await this.t.app
        .get(DataSource)
        .getRepository(BuddyProfileEntity)
        .insert({
          personId: person.id,
          capacity: options.capacity ?? 2,
          topics: options.topics ?? [],
          bundeslaender: options.travelsTo ?? [],
          languages: options.languages ?? ['de'],
        });
    }
    return person;
  }

  /** A new coordinator of the running cohort (or `cohort`). */
  async newcomer(
    name: string,
    options: { bundesland?: Bundesland; kind?: NetworkKind; language?: Language } = {},
    cohort = this.cohort,
  ): Promise<PersonEntity> {
    const { person } = await this.t.given.coordinatorIn(
      cohort,
      ParticipationStatus.ACTIVE,
      {
        name,
        email: `${name.toLowerCase().replace(/\W+/g, '.')}.${Date.now() % 1e6}@example.org`,
        preferredLanguage: options.language ?? Language.DE,
      },
      {
        bundesland: options.bundesland ?? Bundesland.BAYERN,
        kind: options.kind ?? NetworkKind.MINT_REGION,
      },
    );
    return person;
  }

  async setCapacity(person: PersonEntity, capacity: number): Promise<void> {
    await this.t.app
      .get(DataSource)
      .getRepository(BuddyProfileEntity)
      .update({ personId: person.id }, { capacity });
  }
}

export const PAIRING_FIELDS = `id status score mySide cohortId
  newCoordinator { id name email } buddy { id name email }
  reasons { code points detail }
  newCoordinatorAcceptedAt buddyAcceptedAt activatedAt declinedBy declineReason
  pausedUntil endedAt endReason endNote sessionsHeld lastSessionHeldAt openProblemReports`;

export const PROPOSE = `mutation ($input: ProposeBuddyPairingsInput!) {
  proposeBuddyPairings(input: $input) { ${PAIRING_FIELDS} }
}`;
export const ACCEPT = `mutation ($id: ID!) { acceptBuddyPairing(id: $id) { ${PAIRING_FIELDS} } }`;
