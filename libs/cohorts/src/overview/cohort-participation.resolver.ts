import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CohortEntity } from '../cohort/cohort.entity';
import { Cohort } from '../cohort/cohort.model';
import { CohortService } from '../cohort/cohort.service';
import { ParticipationStatus } from '../participation/participation-status';
import { Participation, ParticipationCounts } from '../participation/participation.model';
import { CohortParticipations } from './cohort-participations';

/** The participation side of a cohort: who takes part, counts, free places, waiting list. */
@Resolver(() => Cohort)
export class CohortParticipationResolver {
  constructor(
    private readonly cohorts: CohortService,
    private readonly cohortParticipations: CohortParticipations,
  ) {}

  @Query(() => [Cohort], {
    description:
      'The cohorts the signed-in person takes part in as a coordinator, oldest first (with myParticipation).',
  })
  myCohorts(@CurrentActor() actor: Actor) {
    return this.cohorts.mine(actor);
  }

  @ResolveField(() => [Participation], {
    nullable: true,
    description:
      'The networks in this cohort, by name. Program managers see all; coordinators of the cohort their own and the networks that take part (enrolled, active, completed) — names, not contact data. Null for a cohort the viewer takes no part in (e.g. reached through an alumnus’s completed cohorts).',
  })
  participations(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
    @Args('status', {
      type: () => [ParticipationStatus],
      nullable: true,
      description: 'Only participations in these statuses; all when omitted or empty.',
    })
    status?: ParticipationStatus[],
  ) {
    return this.cohortParticipations.of(actor, loaders, cohort, status);
  }

  @ResolveField(() => ParticipationCounts, {
    nullable: true,
    description:
      'How many networks are in each status; null for a cohort the viewer takes no part in.',
  })
  participationCounts(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.cohortParticipations.counts(actor, loaders, cohort);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Places still free: capacity minus enrolled, active and completed networks; null for a cohort the viewer takes no part in.',
  })
  freeCapacity(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.cohortParticipations.freeCapacity(actor, loaders, cohort);
  }

  @ResolveField(() => [Participation], {
    nullable: true,
    description:
      'The waiting list in queue order (first moves up next). Program managers only; null for others.',
  })
  waitingList(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.cohortParticipations.waitingList(actor, loaders, cohort);
  }

  @ResolveField(() => Participation, {
    nullable: true,
    description: 'The participation of the network the signed-in person coordinates, if any.',
  })
  myParticipation(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.cohortParticipations.mine(actor, loaders, cohort);
  }
}
