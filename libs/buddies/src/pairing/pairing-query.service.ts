import { Injectable } from '@nestjs/common';
import { CohortService } from '@zyklus/cohorts';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { PairingAccess } from '../access/pairing-access';
import { PairingStatus } from '../buddy-enums';
import { notInPair, pairingNotFound } from '../buddy.errors';
import { PairingRecord, PairingRecords } from './pairing-records';

/**
 * Reading pairings, one statement per list: program managers a cohort's (with the counts they
 * see instead of notes), everyone their own (history included), one by id for the pair and
 * program managers.
 */
@Injectable()
export class PairingQueryService {
  constructor(
    private readonly records: PairingRecords,
    private readonly cohorts: CohortService,
  ) {}

  async ofCohort(
    actor: Actor,
    cohortId: string,
    status?: PairingStatus | null,
  ): Promise<PairingRecord[]> {
    requireProgramManager(actor);
    await this.cohorts.get(actor, cohortId);
    return this.records.read('bp.cohort_id = $1 AND ($2::varchar IS NULL OR bp.status = $2)', [
      cohortId,
      status ?? null,
    ]);
  }

  mine(actor: Actor): Promise<PairingRecord[]> {
    return this.records.read('(bp.new_coordinator_id = $1 OR bp.buddy_id = $1)', [actor.personId]);
  }

  async one(actor: Actor, id: string): Promise<PairingRecord> {
    const record = await this.records.one(id);
    if (!record) throw actor.isProgramManager ? pairingNotFound() : notInPair();
    PairingAccess.requireVisible(actor, {
      newCoordinatorId: record.newCoordinator.id,
      buddyId: record.buddy.id,
      status: record.status,
    });
    return record;
  }
}
