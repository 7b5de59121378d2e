import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import { WritePeerMinutesInput } from '../inputs/peer-case.inputs';
import { PeerRoundStatus } from '../peer-enums';
import { roundNotPlanned, roundNotYetStarted } from '../peer-rounds.errors';
import { lockRound } from '../round/round-context';
import { PeerMinutesEntity } from './peer-minutes.entity';

/**
 * The minutes of a round: written by the secretary or any member of the round, read by its
 * members only; program managers are not admitted (FORBIDDEN), on every path.
 */
@Injectable()
export class PeerMinutesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
    private readonly clock: Clock,
  ) {}

  async write(actor: Actor, input: WritePeerMinutesInput): Promise<PeerMinutesEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { round } = await lockRound(manager, input.roundId);
      await this.access.requireContents(actor, round);
      if (round.status === PeerRoundStatus.CANCELLED) throw roundNotPlanned(round.status);
      if (round.startsAt > this.clock.now()) throw roundNotYetStarted();
      await manager.upsert(
        PeerMinutesEntity,
        { roundId: round.id, text: input.text, writtenById: actor.personId },
        ['roundId'],
      );
      return manager.findOneByOrFail(PeerMinutesEntity, { roundId: round.id });
    });
  }
}
