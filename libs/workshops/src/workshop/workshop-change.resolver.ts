import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Person, PersonByIdLoader } from '@zyklus/identity';
import { WorkshopChangeEntity } from './workshop-change.entity';
import { WorkshopChange } from './workshop.model';

@Resolver(() => WorkshopChange)
export class WorkshopChangeResolver {
  constructor(private readonly personById: PersonByIdLoader) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who made the change.' })
  changedBy(@Parent() change: WorkshopChangeEntity, @Loaders() loaders: RequestLoaders) {
    return change.changedById ? loaders.for(this.personById).load(change.changedById) : null;
  }
}
