import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, localDateOf } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { isForeignKeyViolation } from '@zyklus/database';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager } from 'typeorm';
import { CohortStatus } from '../cohort/cohort-status';
import { CohortEntity } from '../cohort/cohort.entity';
import { cohortNotFound } from '../cohort/cohort.errors';
import { networkNotFound } from '../network/network.errors';
import { ProgrammeEntity } from '../programme/programme.entity';
import { freePlaces, waitingList } from './cohort-places';
import {
  CompleteParticipationInput,
  NetworkInCohortInput,
  WithdrawParticipationInput,
} from './inputs/participation.inputs';
import { CohortMembershipHooks } from './cohort-membership-hooks';
import { ParticipationChangeEntity } from './participation-change.entity';
import { canChangeParticipationStatus, ParticipationStatus } from './participation-status';
import { ParticipationView, RedactedParticipation } from './participation-view';
import { ParticipationEntity } from './participation.entity';
import {
  alreadyParticipating,
  cohortClosed,
  cohortFull,
  completionDateOutOfRange,
  participationNotFound,
  participationTransitionNotAllowed,
  waitingListEmpty,
  withdrawalDateOutOfRange,
  withdrawalReasonMissing,
} from './participation.errors';

/**
 * Networks' participations in cohorts and their lifecycle. Every change locks the cohort's row
 * first, so places are counted by one change at a time (no cohort is ever over-filled), and
 * records who changed what in the participation's history, in the same transaction.
 * Program managers only.
 */
@Injectable()
export class ParticipationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly hooks: CohortMembershipHooks,
    private readonly view: ParticipationView,
  ) {}

  /** Invites a network; it enrolls later. */
  invite(actor: Actor, input: NetworkInCohortInput): Promise<RedactedParticipation> {
    requireProgramManager(actor);
    return this.shown(actor, () =>
      this.inCohort(input.cohortId, 'cohortId', async (manager, cohort) => {
        const existing = await manager.findOneBy(ParticipationEntity, {
          cohortId: cohort.id,
          networkId: input.networkId,
        });
        if (existing) throw alreadyParticipating(existing.status);
        return this.create(manager, actor, cohort, input.networkId, ParticipationStatus.INVITED);
      }),
    );
  }

  /**
   * Enrolls a network (invited before or not). When the cohort is full, or others are already
   * waiting, it goes on the waiting list instead: not an error, the answer's status says
   * WAITLISTED. A freed place belongs to the first in the queue, moved up explicitly.
   */
  enroll(actor: Actor, input: NetworkInCohortInput): Promise<RedactedParticipation> {
    requireProgramManager(actor);
    return this.shown(actor, () =>
      this.inCohort(input.cohortId, 'cohortId', async (manager, cohort) => {
        const all = await manager.findBy(ParticipationEntity, { cohortId: cohort.id });
        const placeForNewcomer =
          freePlaces(cohort.capacity, all) > 0 && waitingList(all).length === 0;
        const to = placeForNewcomer ? ParticipationStatus.ENROLLED : ParticipationStatus.WAITLISTED;
        const existing = all.find((p) => p.networkId === input.networkId);
        if (!existing) return this.create(manager, actor, cohort, input.networkId, to);
        if (existing.status !== ParticipationStatus.INVITED) {
          throw alreadyParticipating(existing.status);
        }
        return this.change(manager, actor, existing, to);
      }),
    );
  }

  activate(actor: Actor, id: string): Promise<RedactedParticipation> {
    requireProgramManager(actor);
    return this.shown(actor, () =>
      this.onParticipation(id, (manager, participation) =>
        this.change(manager, actor, participation, ParticipationStatus.ACTIVE),
      ),
    );
  }

  /** Completed on a day from the cohort's start to today (the programme's today); default today. */
  complete(actor: Actor, input: CompleteParticipationInput): Promise<RedactedParticipation> {
    requireProgramManager(actor);
    return this.shown(actor, () =>
      this.onParticipation(
        input.id,
        async (manager, participation, cohort) => {
          requireTransition(participation.status, ParticipationStatus.COMPLETED);
          const today = await this.today(manager, cohort);
          const on = input.completedOn ?? today;
          if (on < cohort.startDate || on > today) {
            throw completionDateOutOfRange(cohort.startDate, today);
          }
          participation.completedOn = on;
          return this.change(manager, actor, participation, ParticipationStatus.COMPLETED);
        },
        true,
      ),
    );
  }

  /**
   * The network leaves; its place becomes free for the waiting list (moved up explicitly).
   * Withdrawn on a day from its joining the cohort (its first recorded status) to today.
   */
  withdraw(actor: Actor, input: WithdrawParticipationInput): Promise<RedactedParticipation> {
    requireProgramManager(actor);
    const reason = input.reason?.trim();
    if (!reason) throw withdrawalReasonMissing();
    return this.shown(actor, () =>
      this.onParticipation(
        input.id,
        async (manager, participation, cohort) => {
          requireTransition(participation.status, ParticipationStatus.WITHDRAWN);
          const timeZone = await this.timeZone(manager, cohort);
          const today = this.clock.today(timeZone);
          const joined = await this.joinedOn(manager, participation.id, timeZone);
          const on = input.withdrawnOn ?? today;
          if (on > today || (joined !== null && on < joined)) {
            throw withdrawalDateOutOfRange(joined, today);
          }
          participation.withdrawnOn = on;
          participation.withdrawalReason = reason;
          return this.change(manager, actor, participation, ParticipationStatus.WITHDRAWN, reason);
        },
        true,
      ),
    );
  }

  /** Moves the first network of the waiting list into a free place. */
  moveUpFromWaitingList(actor: Actor, cohortId: string): Promise<RedactedParticipation> {
    requireProgramManager(actor);
    return this.shown(actor, () =>
      this.inCohort(cohortId, 'cohortId', async (manager, cohort) => {
        const all = await manager.findBy(ParticipationEntity, { cohortId: cohort.id });
        const [first] = waitingList(all);
        if (!first) throw waitingListEmpty();
        if (freePlaces(cohort.capacity, all) === 0) throw cohortFull();
        return this.change(manager, actor, first, ParticipationStatus.ENROLLED);
      }),
    );
  }

  /** Runs a change, then answers the participation as `actor` sees it now. */
  private async shown(
    actor: Actor,
    change: () => Promise<ParticipationEntity>,
  ): Promise<RedactedParticipation> {
    const changed = await change();
    return this.view.fresh(actor, changed.id);
  }

  /** The cohort's programme's time zone: the one its days are counted in. */
  private async timeZone(manager: EntityManager, cohort: CohortEntity): Promise<string> {
    const programme = await manager.findOneBy(ProgrammeEntity, { id: cohort.programmeId });
    return programme?.timeZone ?? this.config.timeZone;
  }

  private async today(manager: EntityManager, cohort: CohortEntity): Promise<string> {
    return this.clock.today(await this.timeZone(manager, cohort));
  }

  /** The day the participation's first status was recorded; null without history. */
  private async joinedOn(
    manager: EntityManager,
    participationId: string,
    timeZone: string,
  ): Promise<string | null> {
    const first = await manager.findOne(ParticipationChangeEntity, {
      where: { participationId },
      order: { changedAt: 'ASC' },
    });
    return first ? localDateOf(first.changedAt, timeZone) : null;
  }

  /**
   * Runs `work` in a transaction holding the lock on the cohort: one that is still open, or for
   * `closing` changes (complete, withdraw) also a completed one, so its last participations can
   * be closed after the cohort was; a cancelled cohort changes no more.
   */
  private inCohort<T>(
    cohortId: string,
    field: string,
    work: (manager: EntityManager, cohort: CohortEntity) => Promise<T>,
    closing = false,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      const cohort = await manager.findOne(CohortEntity, {
        where: { id: cohortId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!cohort) throw cohortNotFound(field);
      const ended =
        cohort.status === CohortStatus.CANCELLED ||
        (cohort.status === CohortStatus.COMPLETED && !closing);
      if (ended) throw cohortClosed(cohort.status);
      return work(manager, cohort);
    });
  }

  /** Runs `work` on a participation, holding its cohort's lock. */
  private async onParticipation<T>(
    id: string,
    work: (
      manager: EntityManager,
      participation: ParticipationEntity,
      cohort: CohortEntity,
    ) => Promise<T>,
    closing = false,
  ): Promise<T> {
    const found = await this.dataSource.getRepository(ParticipationEntity).findOneBy({ id });
    if (!found) throw participationNotFound();
    return this.inCohort(
      found.cohortId,
      'id',
      async (manager, cohort) => {
        // Read again under the cohort's lock: another change may have come first.
        const participation = await manager.findOneByOrFail(ParticipationEntity, { id });
        return work(manager, participation, cohort);
      },
      closing,
    );
  }

  private async create(
    manager: EntityManager,
    actor: Actor,
    cohort: CohortEntity,
    networkId: string,
    status: ParticipationStatus,
  ): Promise<ParticipationEntity> {
    let participation: ParticipationEntity;
    try {
      participation = await manager.save(
        manager.create(ParticipationEntity, {
          cohortId: cohort.id,
          networkId,
          status,
          waitlistedAt: status === ParticipationStatus.WAITLISTED ? this.clock.now() : null,
        }),
      );
    } catch (error) {
      if (isForeignKeyViolation(error, 'fk_participation_network')) {
        throw networkNotFound('networkId');
      }
      throw error;
    }
    await this.record(manager, actor, participation.id, null, status, null);
    await this.hooks.notify({ cohortIds: [cohort.id], manager });
    return participation;
  }

  private async change(
    manager: EntityManager,
    actor: Actor,
    participation: ParticipationEntity,
    to: ParticipationStatus,
    reason: string | null = null,
  ): Promise<ParticipationEntity> {
    const from = participation.status;
    requireTransition(from, to);
    participation.status = to;
    participation.waitlistedAt = to === ParticipationStatus.WAITLISTED ? this.clock.now() : null;
    const saved = await manager.save(participation);
    await this.record(manager, actor, participation.id, from, to, reason);
    await this.hooks.notify({ cohortIds: [participation.cohortId], manager });
    return saved;
  }

  private async record(
    manager: EntityManager,
    actor: Actor,
    participationId: string,
    fromStatus: ParticipationStatus | null,
    toStatus: ParticipationStatus,
    reason: string | null,
  ): Promise<void> {
    await manager.insert(ParticipationChangeEntity, {
      participationId,
      fromStatus,
      toStatus,
      changedById: actor.personId,
      changedAt: this.clock.now(),
      reason,
    });
  }
}

function requireTransition(from: ParticipationStatus, to: ParticipationStatus): void {
  if (!canChangeParticipationStatus(from, to)) throw participationTransitionNotAllowed(from, to);
}
