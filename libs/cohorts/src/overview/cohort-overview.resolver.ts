import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, requireProgramManager } from '@zyklus/identity';
import { CohortByIdLoader } from '../cohort/cohort-by-id.loader';
import { CohortEntity } from '../cohort/cohort.entity';
import { CohortService } from '../cohort/cohort.service';
import { countByStatus, freePlaces, waitingList } from '../participation/cohort-places';
import { ParticipationView } from '../participation/participation-view';
import { Participation, ParticipationCounts } from '../participation/participation.model';
import { CohortOverview } from './cohort-overview.model';

interface OverviewSource {
  cohort: CohortEntity;
}

@Resolver(() => CohortOverview)
export class CohortOverviewResolver {
  constructor(
    private readonly cohorts: CohortService,
    private readonly view: ParticipationView,
    private readonly cohortById: CohortByIdLoader,
  ) {}

  @Query(() => CohortOverview, {
    description:
      'A cohort’s planning view for program managers (FORBIDDEN for others): every network with coordinator, contact data, new or experienced, status; counts; waiting list.',
  })
  async cohortOverview(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) id: string,
    @Loaders() loaders: RequestLoaders,
  ): Promise<OverviewSource> {
    requireProgramManager(actor);
    const cohort = await this.cohorts.get(actor, id);
    // Participations ask for their cohort: it is already here.
    loaders.for(this.cohortById).prime(cohort.id, cohort);
    return { cohort };
  }

  @ResolveField(() => [Participation], { description: 'All participations, by network name.' })
  participations(@Parent() { cohort }: OverviewSource, @Loaders() loaders: RequestLoaders) {
    return this.view.all(loaders, cohort.id);
  }

  @ResolveField(() => ParticipationCounts, {
    description: 'How many networks are in each status (Teilnahmestatus).',
  })
  async counts(@Parent() { cohort }: OverviewSource, @Loaders() loaders: RequestLoaders) {
    return countByStatus(await this.view.all(loaders, cohort.id));
  }

  @ResolveField(() => Int, { description: 'Places still free.' })
  async freeCapacity(@Parent() { cohort }: OverviewSource, @Loaders() loaders: RequestLoaders) {
    return freePlaces(cohort.capacity, await this.view.all(loaders, cohort.id));
  }

  @ResolveField(() => [Participation], { description: 'The waiting list in queue order.' })
  async waitingList(@Parent() { cohort }: OverviewSource, @Loaders() loaders: RequestLoaders) {
    return waitingList(await this.view.all(loaders, cohort.id));
  }
}
