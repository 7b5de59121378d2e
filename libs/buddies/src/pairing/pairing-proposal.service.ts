import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortService, cohortsSql, CohortStatus } from '@zyklus/cohorts';
import { Clock, ConflictError } from '@zyklus/common';
import { isUniqueViolation } from '@zyklus/database';
import { Actor, identitySql, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager } from 'typeorm';
import { PairingStatus } from '../buddy-enums';
import {
  alreadyPaired,
  beyondCapacity,
  duplicateInBatch,
  noBuddyProfile,
  notAnAlumnus,
  notNewCoordinatorOfCohort,
  samePerson,
} from '../buddy.errors';
import { ALUMNUS_BEFORE, MatchingFacts } from '../matching/matching-facts';
import { score } from '../matching/score';
import { BuddyMails } from '../mail/buddy-mails';
import { BuddyReminderTriggers } from '../reminders/buddy-reminder-triggers';
import { BuddyPairingEntity } from './buddy-pairing.entity';
import { ProposeBuddyPairingsInput } from './inputs/pairing.inputs';
import { PairingRecord, PairingRecords } from './pairing-records';
import { lockProfiles } from './pairing-locks';

const cohortClosed = () =>
  new ConflictError({
    de: 'Dieser Qualifizierungsdurchgang ist abgeschlossen oder abgesagt.',
    en: 'This cohort is completed or cancelled.',
  }).because('COHORT_CLOSED');

/**
 * Program managers propose pairings, one or many at once, in one transaction: all or none.
 * Each pair is checked — the new coordinator is one of the cohort without an open pairing, the
 * buddy an alumnus of an earlier cohort with a profile and a free place (their profiles locked,
 * so parallel proposals count each other) — and stored with its score and reasons. Both people
 * are mailed once it is committed.
 */
@Injectable()
export class PairingProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortService,
    private readonly facts: MatchingFacts,
    private readonly records: PairingRecords,
    private readonly clock: Clock,
    private readonly mails: BuddyMails,
    private readonly triggers: BuddyReminderTriggers,
  ) {}

  async propose(actor: Actor, input: ProposeBuddyPairingsInput): Promise<PairingRecord[]> {
    requireProgramManager(actor);
    const cohort = await this.cohorts.get(actor, input.cohortId);
    if (cohort.status === CohortStatus.COMPLETED || cohort.status === CohortStatus.CANCELLED) {
      throw cohortClosed();
    }
    const seen = new Set<string>();
    input.pairs.forEach((pair, i) => {
      if (pair.newCoordinatorId === pair.buddyId) throw samePerson(`pairs.${i}.buddyId`);
      if (seen.has(pair.newCoordinatorId)) throw duplicateInBatch(`pairs.${i}.newCoordinatorId`);
      seen.add(pair.newCoordinatorId);
    });
    const created = await this.dataSource.transaction(async (manager) => {
      const ids = await this.insert(manager, actor, input);
      await this.triggers.pairingsChanged(manager, ids);
      const records = await this.records.read('bp.id = ANY($1::uuid[])', [ids], manager);
      // In the order of the input's pairs.
      return ids.map((id) => records.find((r) => r.id === id)!);
    });
    await this.mails.proposed(created);
    return created;
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    input: ProposeBuddyPairingsInput,
  ): Promise<string[]> {
    const newcomers = new Map(
      (await this.facts.newcomers(input.cohortId, manager)).map((n) => [n.personId, n]),
    );
    const buddyIds = input.pairs.map((p) => p.buddyId);
    await lockProfiles(manager, buddyIds);
    const buddies = new Map(
      (await this.facts.buddies(input.cohortId, manager, buddyIds)).map((b) => [b.personId, b]),
    );
    const taken = new Map<string, number>();
    const rows: Partial<BuddyPairingEntity>[] = [];
    for (const [i, pair] of input.pairs.entries()) {
      const newcomer = newcomers.get(pair.newCoordinatorId);
      if (!newcomer) throw notNewCoordinatorOfCohort(`pairs.${i}.newCoordinatorId`);
      if (newcomer.paired) throw alreadyPaired(`pairs.${i}.newCoordinatorId`);
      const buddy = buddies.get(pair.buddyId);
      if (!buddy) {
        throw await this.whyNoBuddy(manager, input.cohortId, pair.buddyId, `pairs.${i}.buddyId`);
      }
      const used = (taken.get(buddy.personId) ?? 0) + 1;
      if (buddy.load + buddy.proposed + used > buddy.capacity) {
        throw beyondCapacity(`pairs.${i}.buddyId`);
      }
      taken.set(buddy.personId, used);
      const scored = score(newcomer, buddy);
      rows.push({
        cohortId: input.cohortId,
        newCoordinatorId: newcomer.personId,
        buddyId: buddy.personId,
        status: PairingStatus.PROPOSED,
        score: scored.score,
        reasons: scored.reasons,
        proposedById: actor.personId,
        proposedAt: this.clock.now(),
      });
    }
    try {
      const result = await manager.insert(BuddyPairingEntity, rows);
      return result.identifiers.map((id) => id.id as string);
    } catch (error) {
      // A parallel proposal for the same new coordinator committed first.
      if (isUniqueViolation(error, 'uq_buddy_pairing_open')) throw alreadyPaired('pairs');
      throw error;
    }
  }

  /** Why a person cannot be proposed as buddy: no profile, or no alumnus of an earlier cohort. */
  private async whyNoBuddy(
    manager: EntityManager,
    cohortId: string,
    personId: string,
    field: string,
  ) {
    const [row] = await manager.query<{ alumnus: boolean }[]>(
      `SELECT ${ALUMNUS_BEFORE} AS alumnus FROM ${identitySql.people} pe JOIN ${cohortsSql.cohorts} c ON c.id = $2 WHERE pe.id = $1`,
      [personId, cohortId],
    );
    return row?.alumnus ? noBuddyProfile(field) : notAnAlumnus(field);
  }
}
