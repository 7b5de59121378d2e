import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { BuddySuggestions } from './matching.model';
import { MatchingService } from './matching.service';

@Resolver(() => BuddySuggestions)
export class MatchingResolver {
  constructor(private readonly matching: MatchingService) {}

  @Query(() => BuddySuggestions, {
    description:
      'Buddy suggestions for a cohort (program managers): ranked buddies with reasons for each new coordinator without a pairing, and a proposed assignment of the whole cohort within capacities. Nothing is stored.',
  })
  buddySuggestions(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe)
    cohortId: string,
  ) {
    return this.matching.suggestions(actor, cohortId);
  }
}
