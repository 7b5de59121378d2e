import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, ParseOptionalIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { WorkshopCycle } from './workshop-cycle.model';
import { WorkshopCycleService } from './workshop-cycle.service';

@Resolver(() => WorkshopCycle)
export class WorkshopCycleResolver {
  constructor(private readonly cycles: WorkshopCycleService) {}

  @Query(() => WorkshopCycle, {
    nullable: true,
    description:
      'The signed-in coordinator’s workshop cycle: in the given cohort (FORBIDDEN if they take no part), or in their latest cohort; null if they take part in none.',
  })
  async myWorkshopCycle(
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
    @Args(
      'cohortId',
      { type: () => ID, nullable: true, description: 'The cohort; the latest one when omitted.' },
      ParseOptionalIdPipe,
    )
    cohortId?: string,
  ) {
    const participationId = await this.cycles.ownParticipation(actor, cohortId);
    return participationId ? this.cycles.build(actor, loaders, participationId) : null;
  }

  @Query(() => WorkshopCycle, {
    description:
      'Any network’s workshop cycle, as its coordinator sees it: program managers, and the coordinator for their own participation.',
  })
  workshopCycle(
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
    @Args(
      'participationId',
      { type: () => ID, description: 'The network’s participation.' },
      ParseIdPipe,
    )
    participationId: string,
  ) {
    return this.cycles.build(actor, loaders, participationId);
  }
}
