import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CohortOverview } from './cohort-overview.model';
import { CohortParticipations } from './cohort-participations';

@Resolver(() => CohortOverview)
export class CohortOverviewResolver {
  constructor(private readonly participations: CohortParticipations) {}

  @Query(() => CohortOverview, {
    description:
      'A cohort’s planning view for program managers (FORBIDDEN for others): every network with coordinator, contact data, new or experienced, status; counts; waiting list.',
  })
  cohortOverview(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) id: string,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.participations.overview(actor, loaders, id);
  }
}
