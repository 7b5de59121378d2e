import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonViews } from '@zyklus/identity';
import { WorkshopChangeEntity } from './workshop-change.entity';
import { WorkshopChange } from './workshop.model';

@Resolver(() => WorkshopChange)
export class WorkshopChangeResolver {
  constructor(private readonly people: PersonViews) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who made the change.' })
  changedBy(
    @Parent() change: WorkshopChangeEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, change.changedById);
  }
}
