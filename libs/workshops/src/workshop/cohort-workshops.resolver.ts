import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Cohort, CohortAccess, CohortEntity } from '@zyklus/cohorts';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { WorkshopAccess } from '../access/workshop-access';
import { WorkshopsByCohortLoader } from './workshop.loaders';
import { Workshop } from './workshop.model';

@Resolver(() => Cohort)
export class CohortWorkshopsResolver {
  constructor(
    private readonly byCohort: WorkshopsByCohortLoader,
    private readonly access: WorkshopAccess,
    private readonly cohorts: CohortAccess,
  ) {}

  @ResolveField(() => [Workshop], {
    nullable: true,
    description:
      'The cohort’s workshops by first day: all for program managers, without drafts for its coordinators; null for a cohort the viewer takes no part in.',
  })
  async workshops(
    @Parent() cohort: CohortEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (!(await this.cohorts.canSeeCohort(actor, cohort.id))) return null;
    return this.access.visible(actor, await loaders.for(this.byCohort).load(cohort.id));
  }
}
