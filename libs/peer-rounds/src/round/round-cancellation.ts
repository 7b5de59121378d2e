import { Injectable } from '@nestjs/common';
import { Clock, LocalizedText } from '@zyklus/common';
import { EntityManager, In, MoreThan } from 'typeorm';
import { PeerCaseEntity } from '../case/peer-case.entity';
import { PeerCaseStatus, PeerRoundStatus } from '../peer-enums';
import { PeerRoundHooks } from './peer-round-hooks';
import { PeerRoundEntity } from './peer-round.entity';

/**
 * Cancelling rounds inside the caller's transaction: status CANCELLED with the reason, a higher
 * SEQUENCE (members get a cancellation), and the rounds' scheduled cases back in the queue.
 */
@Injectable()
export class RoundCancellation {
  constructor(
    private readonly hooks: PeerRoundHooks,
    private readonly clock: Clock,
  ) {}

  async cancelIn(
    manager: EntityManager,
    groupId: string,
    rounds: PeerRoundEntity[],
    reason: string,
  ): Promise<void> {
    if (!rounds.length) return;
    for (const round of rounds) {
      round.status = PeerRoundStatus.CANCELLED;
      round.cancellationReason = reason;
      round.sequence += 1;
    }
    await manager.save(rounds);
    await manager.update(
      PeerCaseEntity,
      { roundId: In(rounds.map((r) => r.id)), status: PeerCaseStatus.SCHEDULED },
      { status: PeerCaseStatus.QUEUED, roundId: null },
    );
    await this.hooks.notify({
      change: 'CANCELLED',
      groupId,
      roundIds: rounds.map((r) => r.id),
      manager,
    });
  }

  /** Every planned round of the group that lies ahead (e.g. when the group ends). */
  async cancelFuture(manager: EntityManager, groupId: string, reason: LocalizedText) {
    const rounds = await manager.find(PeerRoundEntity, {
      where: { groupId, status: PeerRoundStatus.PLANNED, startsAt: MoreThan(this.clock.now()) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    await this.cancelIn(manager, groupId, rounds, reason.de);
  }
}
