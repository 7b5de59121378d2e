import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PairingAccess } from '../access/pairing-access';
import { GoalStatus, PairingStatus } from '../buddy-enums';
import { goalNotFound, notActive, notInPair } from '../buddy.errors';
import { lockPairing } from '../pairing/pairing-locks';
import { BuddyGoalEntity } from './buddy-goal.entity';
import { AddBuddyGoalInput, SetBuddyGoalStatusInput } from './goal.model';

/** Goals of a pair: the two of them add them and tick them off while the pairing runs. */
@Injectable()
export class GoalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  add(actor: Actor, input: AddBuddyGoalInput): Promise<BuddyGoalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const pairing = await lockPairing(manager, actor, input.pairingId, 'pairingId');
      PairingAccess.requireSide(actor, pairing);
      if (![PairingStatus.ACTIVE, PairingStatus.PAUSED].includes(pairing.status)) {
        throw notActive();
      }
      return manager.save(
        manager.create(BuddyGoalEntity, {
          pairingId: pairing.id,
          text: input.text,
          status: GoalStatus.OPEN,
          createdById: actor.personId,
          doneAt: null,
        }),
      );
    });
  }

  setStatus(actor: Actor, input: SetBuddyGoalStatusInput): Promise<BuddyGoalEntity> {
    return this.dataSource.transaction(async (manager) => {
      const goal = await manager.findOne(BuddyGoalEntity, { where: { id: input.id } });
      if (!goal) throw actor.isProgramManager ? goalNotFound() : notInPair();
      const pairing = await lockPairing(manager, actor, goal.pairingId);
      PairingAccess.requireSide(actor, pairing);
      goal.status = input.status;
      goal.doneAt = input.status === GoalStatus.DONE ? (goal.doneAt ?? this.clock.now()) : null;
      return manager.save(goal);
    });
  }
}
