import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Cohort, CohortEntity } from '@zyklus/cohorts';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { WorkshopAccess } from '../access/workshop-access';
import { Workshop } from './workshop.model';

@Resolver(() => Cohort)
export class CohortWorkshopsResolver {
  constructor(private readonly access: WorkshopAccess) {}

  @ResolveField(() => [Workshop], {
    nullable: true,
    description:
      'The cohort’s workshops by first day: all for program managers, without drafts for its coordinators; null for a cohort the viewer takes no part in.',
  })
  workshops(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.access.ofCohort(actor, loaders, cohort.id);
  }
}
