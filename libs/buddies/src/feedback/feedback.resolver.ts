import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { BuddyFeedback, BuddyFeedbackSummary, GiveBuddyFeedbackInput } from './feedback.model';
import { FeedbackService } from './feedback.service';

@Resolver(() => BuddyFeedback)
export class FeedbackResolver {
  constructor(private readonly feedback: FeedbackService) {}

  @Mutation(() => BuddyFeedback, {
    description: 'One of the pair gives feedback once the pairing has ended (once each).',
  })
  giveBuddyFeedback(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The pairing, the rating and a text.' })
    input: GiveBuddyFeedbackInput,
  ) {
    return this.feedback.give(actor, input);
  }

  @Query(() => BuddyFeedbackSummary, {
    description: "The feedback on a cohort's pairings in aggregate (program managers).",
  })
  buddyFeedbackSummary(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) cohortId: string,
  ) {
    return this.feedback.summary(actor, cohortId);
  }
}
