import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortService } from '@zyklus/cohorts';
import { isUniqueViolation } from '@zyklus/database';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PairingAccess } from '../access/pairing-access';
import { PairingStatus } from '../buddy-enums';
import { feedbackGiven, feedbackNotYet } from '../buddy.errors';
import { lockPairing } from '../pairing/pairing-locks';
import { BuddyFeedbackEntity } from './buddy-feedback.entity';
import { BuddyFeedbackSummary, GiveBuddyFeedbackInput } from './feedback.model';

/** Feedback at the end of a pairing: each side once; program managers see the cohort's aggregate. */
@Injectable()
export class FeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortService,
  ) {}

  async give(actor: Actor, input: GiveBuddyFeedbackInput): Promise<BuddyFeedbackEntity> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const pairing = await lockPairing(manager, actor, input.pairingId, 'pairingId');
        PairingAccess.requireSide(actor, pairing);
        if (pairing.status !== PairingStatus.ENDED) throw feedbackNotYet();
        return manager.save(
          manager.create(BuddyFeedbackEntity, {
            pairingId: pairing.id,
            personId: actor.personId,
            rating: input.rating,
            text: input.text ?? null,
          }),
        );
      });
    } catch (error) {
      if (isUniqueViolation(error, 'uq_buddy_feedback')) throw feedbackGiven();
      throw error;
    }
  }

  /** The viewer's own feedback on a pairing, if any. */
  async mine(actor: Actor, pairingId: string): Promise<BuddyFeedbackEntity | null> {
    return this.dataSource
      .getRepository(BuddyFeedbackEntity)
      .findOneBy({ pairingId, personId: actor.personId });
  }

  async summary(actor: Actor, cohortId: string): Promise<BuddyFeedbackSummary> {
    requireProgramManager(actor);
    await this.cohorts.get(actor, cohortId);
    const rows = await this.dataSource.query<{ rating: number; text: string | null }[]>(
      `SELECT f.rating, f.text FROM buddy_feedback f
         JOIN buddy_pairing bp ON bp.id = f.pairing_id
        WHERE bp.cohort_id = $1 ORDER BY f.created_at, f.id`,
      [cohortId],
    );
    const ratings = [1, 2, 3, 4, 5].map((r) => rows.filter((row) => row.rating === r).length);
    const sum = rows.reduce((s, row) => s + row.rating, 0);
    return {
      cohortId,
      count: rows.length,
      averageRating: rows.length ? Math.round((sum / rows.length) * 100) / 100 : null,
      ratings,
      comments: rows.map((row) => row.text).filter((text): text is string => !!text),
    };
  }
}
