import { Injectable } from '@nestjs/common';
import { CohortEntity, ParticipationEntity, ProgrammeEntity, NetworkEntity } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { EntityManager } from 'typeorm';
import { LocalAccess } from '../access/local-access';
import { LocalCycleStatus } from '../local-cycle-enums';
import { LocalCycleEntity } from './local-cycle.entity';
import { cycleClosed, cycleNotFound } from './local-cycle.errors';

/** A cycle locked for a change, with what its rules need. */
export interface LockedCycle {
  cycle: LocalCycleEntity;
  participation: ParticipationEntity;
  network: NetworkEntity;
  cohort: CohortEntity;
  timeZone: string;
}

/**
 * The entry of every change to a local cycle (its workshops, enrolments, attendance, phases):
 * reads and locks the cycle row for the transaction, checks that `actor` is the network's
 * coordinator or a program manager, refuses changes to a COMPLETED or CANCELLED cycle, and
 * marks the cycle's last activity.
 */
@Injectable()
export class CycleGuard {
  constructor(
    private readonly access: LocalAccess,
    private readonly clock: Clock,
  ) {}

  async lock(
    manager: EntityManager,
    actor: Actor,
    cycleId: string,
    options: { field?: string; allowClosed?: boolean } = {},
  ): Promise<LockedCycle> {
    const field = options.field ?? 'localCycleId';
    const cycle = await manager.findOne(LocalCycleEntity, {
      where: { id: cycleId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!cycle) throw cycleNotFound(field);
    const facts = await this.facts(manager, cycle.participationId);
    await this.access.requireNetwork(actor, facts.network.id, field);
    if (
      !options.allowClosed &&
      (cycle.status === LocalCycleStatus.COMPLETED || cycle.status === LocalCycleStatus.CANCELLED)
    ) {
      throw cycleClosed(cycle.status, field);
    }
    return { cycle, ...facts };
  }

  /** Marks the cycle's last activity (what the overview shows); call once per change. */
  async touch(manager: EntityManager, cycle: LocalCycleEntity): Promise<void> {
    cycle.lastActivityAt = this.clock.now();
    await manager.update(
      LocalCycleEntity,
      { id: cycle.id },
      { lastActivityAt: cycle.lastActivityAt },
    );
  }

  /** Participation, network, cohort and time zone of a participation, in one statement. */
  async facts(manager: EntityManager, participationId: string) {
    const participation = await manager.findOne(ParticipationEntity, {
      where: { id: participationId },
      relations: { network: true, cohort: true },
    });
    if (!participation?.network || !participation.cohort) throw cycleNotFound();
    const programme = await manager.findOneBy(ProgrammeEntity, {
      id: participation.cohort.programmeId,
    });
    return {
      participation,
      network: participation.network,
      cohort: participation.cohort,
      timeZone: programme?.timeZone ?? 'Europe/Berlin',
    };
  }
}
