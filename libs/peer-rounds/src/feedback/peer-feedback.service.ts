import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import { GivePeerFeedbackInput } from '../inputs/peer-case.inputs';
import { PeerRoundStatus } from '../peer-enums';
import { feedbackGiven, roundNotHeld } from '../peer-rounds.errors';
import { lockRound } from '../round/round-context';
import { PeerFeedbackEntity } from './peer-feedback.entity';

/** Feedback on a held round (1–5 and a reflection): once per member; the reflection is theirs. */
@Injectable()
export class PeerFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
  ) {}

  async give(actor: Actor, input: GivePeerFeedbackInput): Promise<PeerFeedbackEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { round } = await lockRound(manager, input.roundId);
      await this.access.requireContents(actor, round);
      if (round.status !== PeerRoundStatus.HELD) throw roundNotHeld();
      const exists = await manager.existsBy(PeerFeedbackEntity, {
        roundId: round.id,
        personId: actor.personId,
      });
      if (exists) throw feedbackGiven();
      return manager.save(
        manager.create(PeerFeedbackEntity, {
          roundId: round.id,
          personId: actor.personId,
          rating: input.rating,
          reflection: input.reflection ?? null,
        }),
      );
    });
  }
}
