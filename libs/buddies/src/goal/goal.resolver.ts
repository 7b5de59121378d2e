import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@zyklus/identity';
import { AddBuddyGoalInput, BuddyGoal, SetBuddyGoalStatusInput } from './goal.model';
import { GoalService } from './goal.service';

@Resolver(() => BuddyGoal)
export class GoalResolver {
  constructor(private readonly goals: GoalService) {}

  @Mutation(() => BuddyGoal, { description: 'One of an active or paused pair adds a goal.' })
  addBuddyGoal(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The pairing and the goal.' }) input: AddBuddyGoalInput,
  ) {
    return this.goals.add(actor, input);
  }

  @Mutation(() => BuddyGoal, { description: 'One of the pair marks a goal open or done.' })
  setBuddyGoalStatus(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The goal and its status.' }) input: SetBuddyGoalStatusInput,
  ) {
    return this.goals.setStatus(actor, input);
  }
}
