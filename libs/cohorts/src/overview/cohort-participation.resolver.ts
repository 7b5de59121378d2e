import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CohortAccess } from '../access/cohort-access';
import { CohortEntity } from '../cohort/cohort.entity';
import { Cohort } from '../cohort/cohort.model';
import { CohortService } from '../cohort/cohort.service';
import { countByStatus, freePlaces, waitingList } from '../participation/cohort-places';
import { ParticipationStatus } from '../participation/participation-status';
import { ParticipationView } from '../participation/participation-view';
import { Participation, ParticipationCounts } from '../participation/participation.model';

/** The participation side of a cohort: who takes part, counts, free places, waiting list. */
@Resolver(() => Cohort)
export class CohortParticipationResolver {
  constructor(
    private readonly cohorts: CohortService,
    private readonly view: ParticipationView,
    private readonly access: CohortAccess,
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
  async participations(
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
    if (!(await this.access.canSeeCohort(actor, cohort.id))) return null;
    const visible = await this.view.visible(actor, loaders, cohort.id);
    return status?.length ? visible.filter((p) => status.includes(p.status)) : visible;
  }

  @ResolveField(() => ParticipationCounts, {
    nullable: true,
    description:
      'How many networks are in each status; null for a cohort the viewer takes no part in.',
  })
  async participationCounts(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!(await this.access.canSeeCohort(actor, cohort.id))) return null;
    return countByStatus(await this.view.all(loaders, cohort.id));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Places still free: capacity minus enrolled, active and completed networks; null for a cohort the viewer takes no part in.',
  })
  async freeCapacity(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!(await this.access.canSeeCohort(actor, cohort.id))) return null;
    return freePlaces(cohort.capacity, await this.view.all(loaders, cohort.id));
  }

  @ResolveField(() => [Participation], {
    nullable: true,
    description:
      'The waiting list in queue order (first moves up next). Program managers only; null for others.',
  })
  async waitingList(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!actor.isProgramManager) return null;
    return waitingList(await this.view.all(loaders, cohort.id));
  }

  @ResolveField(() => Participation, {
    nullable: true,
    description: 'The participation of the network the signed-in person coordinates, if any.',
  })
  async myParticipation(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    const own = (await this.access.facts(actor)).participationIds;
    const all = await this.view.all(loaders, cohort.id);
    return all.find((p) => own.has(p.id)) ?? null;
  }
}
