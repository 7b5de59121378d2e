import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays } from '@zyklus/common';
import { isForeignKeyViolation } from '@zyklus/database';
import { Actor, PersonEntity, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { NetworkEntity } from '../network/network.entity';
import { CohortMembershipHooks } from '../participation/cohort-membership-hooks';
import { ParticipationEntity } from '../participation/participation.entity';
import { networkNotFound } from '../network/network.errors';
import { CoordinationEntity } from './coordination.entity';
import {
  alreadyCoordinating,
  coordinationEndsBeforeStart,
  coordinationOverlaps,
  coordinatorNotFound,
  noCurrentCoordinator,
} from './coordination.errors';
import {
  EndNetworkCoordinationInput,
  SetNetworkCoordinatorInput,
} from './inputs/coordination.inputs';

/**
 * Who coordinates a network when. Periods of one network never overlap; a change of coordinator
 * ends the previous period the day before the successor starts, so participations go on with
 * the successor and the history shows both. Program managers only.
 */
@Injectable()
export class CoordinationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: CohortMembershipHooks,
  ) {}

  async setCoordinator(actor: Actor, input: SetNetworkCoordinatorInput): Promise<NetworkEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const network = await this.lockNetwork(manager, input.networkId);
      const history = await manager.find(CoordinationEntity, {
        where: { networkId: network.id },
        order: { startDate: 'ASC' },
      });
      const open = history.find((c) => c.endDate === null);
      if (open?.personId === input.personId) {
        throw alreadyCoordinating(await this.nameOf(manager, open.personId));
      }
      // The new period runs open-ended from its start; only the open period may be cut short.
      const clash = history.find(
        (c) =>
          (c.endDate ?? '9999-12-31') >= input.startDate &&
          !(c === open && c.startDate < input.startDate),
      );
      if (clash) {
        throw coordinationOverlaps(
          await this.nameOf(manager, clash.personId),
          clash.startDate,
          clash.endDate,
        );
      }
      if (open) {
        open.endDate = addDays(input.startDate, -1);
        await manager.save(open);
      }
      try {
        await manager.insert(CoordinationEntity, {
          networkId: network.id,
          personId: input.personId,
          startDate: input.startDate,
          endDate: null,
        });
      } catch (error) {
        if (isForeignKeyViolation(error, 'fk_coordination_person')) throw coordinatorNotFound();
        throw error;
      }
      await this.notify(manager, network.id);
      return network;
    });
  }

  async endCoordination(actor: Actor, input: EndNetworkCoordinationInput): Promise<NetworkEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const network = await this.lockNetwork(manager, input.networkId);
      const open = await manager.findOneBy(CoordinationEntity, {
        networkId: network.id,
        endDate: IsNull(),
      });
      if (!open) throw noCurrentCoordinator();
      if (input.endDate < open.startDate) throw coordinationEndsBeforeStart(open.startDate);
      open.endDate = input.endDate;
      await manager.save(open);
      await this.notify(manager, network.id);
      return network;
    });
  }

  /** The network's people changed: tell the cohorts it takes part in. */
  private async notify(manager: EntityManager, networkId: string): Promise<void> {
    const rows = await manager.findBy(ParticipationEntity, { networkId });
    await this.hooks.notify({ cohortIds: rows.map((row) => row.cohortId), manager });
  }

  /** Reads the network and locks it: changes to one network's coordination queue up. */
  private async lockNetwork(manager: EntityManager, id: string): Promise<NetworkEntity> {
    const network = await manager.findOne(NetworkEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!network) throw networkNotFound('networkId');
    return network;
  }

  private async nameOf(manager: EntityManager, personId: string): Promise<string> {
    return (await manager.findOneBy(PersonEntity, { id: personId }))?.name ?? 'Jemand';
  }
}
