import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { LocalCycleOverview } from './local-cycle-overview.model';
import { LocalCycleOverviewService } from './local-cycle-overview.service';

@Resolver(() => LocalCycleOverview)
export class LocalCycleOverviewResolver {
  constructor(private readonly overview: LocalCycleOverviewService) {}

  @Query(() => LocalCycleOverview, {
    description:
      'Where the cohort’s networks stand with their local cycles: status, initiatives enrolled, workshops held, phase distribution, last activity, totals. Program managers see every network, a coordinator their own; never initiative contact data. Also as CSV: GET /exports/cohorts/{id}/local-cycles.csv.',
  })
  async localCycleOverview(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) cohortId: string,
  ): Promise<LocalCycleOverview> {
    const { cohort: _cohort, ...overview } = await this.overview.build(actor, cohortId);
    return overview;
  }
}
