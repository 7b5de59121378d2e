import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { BuddyTopic } from '../buddy-enums';
import {
  BuddyProfile,
  SetMyBuddyWishesInput,
  UpdateMyBuddyProfileInput,
} from './buddy-profile.model';
import { BuddyProfileService } from './buddy-profile.service';

@Resolver(() => BuddyProfile)
export class BuddyProfileResolver {
  constructor(private readonly profiles: BuddyProfileService) {}

  @Query(() => BuddyProfile, {
    nullable: true,
    description: "The signed-in alumnus's buddy profile; null if they have none.",
  })
  myBuddyProfile(@CurrentActor() actor: Actor) {
    return this.profiles.mine(actor);
  }

  @Query(() => [BuddyProfile], {
    description: 'Every buddy profile with its current load, by name (program managers).',
  })
  buddyProfiles(@CurrentActor() actor: Actor) {
    return this.profiles.all(actor);
  }

  @Mutation(() => BuddyProfile, {
    description:
      "Creates or replaces the signed-in alumnus's buddy profile. FORBIDDEN (NOT_AN_ALUMNUS) for someone who completed no cohort.",
  })
  updateMyBuddyProfile(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The whole profile.' }) input: UpdateMyBuddyProfileInput,
  ) {
    return this.profiles.update(actor, input);
  }

  @Query(() => [BuddyTopic], {
    nullable: true,
    description:
      'The topics the signed-in new coordinator wishes a buddy to help with in a cohort; null when they are no new coordinator of it (then they have no wishes to set).',
  })
  myBuddyWishes(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe)
    cohortId: string,
  ) {
    return this.profiles.myWishes(actor, cohortId);
  }

  @Mutation(() => [BuddyTopic], {
    description:
      'A new coordinator says which topics they wish a buddy to help with in a cohort (matching compares them).',
  })
  setMyBuddyWishes(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cohort and the topics.' }) input: SetMyBuddyWishesInput,
  ) {
    return this.profiles.setWishes(actor, input);
  }
}
