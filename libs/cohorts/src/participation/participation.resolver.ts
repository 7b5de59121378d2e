import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { Cohort } from '../cohort/cohort.model';
import { Coordination } from '../coordination/coordination.model';
import {
  CompleteParticipationInput,
  NetworkInCohortInput,
  WithdrawParticipationInput,
} from './inputs/participation.inputs';
import { ParticipationView, RedactedParticipation } from './participation-view';
import { Participation, ParticipationChange } from './participation.model';
import { ParticipationService } from './participation.service';

@Resolver(() => Participation)
export class ParticipationResolver {
  constructor(
    private readonly participations: ParticipationService,
    private readonly view: ParticipationView,
  ) {}

  @Mutation(() => Participation, {
    description:
      'Invites a network into a cohort (status INVITED). CONFLICT if it already takes part or the cohort has ended.',
  })
  inviteNetwork(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The network and the cohort.' }) input: NetworkInCohortInput,
  ) {
    return this.participations.invite(actor, input);
  }

  @Mutation(() => Participation, {
    description:
      'Enrolls a network (invited or not). When the cohort is full, or other networks are already waiting, this is not an error: the network goes on the waiting list and the answer’s status is WAITLISTED, with its position.',
  })
  enrollNetwork(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The network and the cohort.' }) input: NetworkInCohortInput,
  ) {
    return this.participations.enroll(actor, input);
  }

  @Mutation(() => Participation, {
    description: 'ENROLLED → ACTIVE: the network starts the cycle.',
  })
  activateParticipation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The participation.' }, ParseIdPipe) id: string,
  ) {
    return this.participations.activate(actor, id);
  }

  @Mutation(() => Participation, {
    description:
      'ACTIVE → COMPLETED: the network completed the cycle; its coordinator becomes an alumnus.',
  })
  completeParticipation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The participation and the day of completion.' })
    input: CompleteParticipationInput,
  ) {
    return this.participations.complete(actor, input);
  }

  @Mutation(() => Participation, {
    description:
      'The network leaves the cohort (reason required). Its place becomes free; move the next network up with moveUpFromWaitingList.',
  })
  withdrawParticipation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The participation, the reason and the day.' })
    input: WithdrawParticipationInput,
  ) {
    return this.participations.withdraw(actor, input);
  }

  @Mutation(() => Participation, {
    description:
      'Moves the first network of the cohort’s waiting list into a free place (ENROLLED). CONFLICT if no place is free or nobody waits.',
  })
  moveUpFromWaitingList(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe)
    cohortId: string,
  ) {
    return this.participations.moveUpFromWaitingList(actor, cohortId);
  }

  @ResolveField(() => Cohort, { description: 'The cohort (Qualifizierungsdurchgang).' })
  cohort(@Parent() participation: RedactedParticipation, @Loaders() loaders: RequestLoaders) {
    return this.view.cohort(loaders, participation);
  }

  @ResolveField(() => [Coordination], {
    nullable: true,
    description:
      'Everyone who coordinated the network during the cohort, oldest first: after a change of coordinator both appear. Program managers and the network’s own coordinator (a former one up to their own); null for others.',
  })
  coordinations(
    @Parent() participation: RedactedParticipation,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.coordinations(loaders, participation);
  }

  @ResolveField(() => [ParticipationChange], {
    nullable: true,
    description:
      'Status changes, oldest first. Program managers and the network’s own coordinator (a former one those up to the day they left); null for others.',
  })
  history(@Parent() participation: RedactedParticipation, @Loaders() loaders: RequestLoaders) {
    return this.view.history(loaders, participation);
  }
}
