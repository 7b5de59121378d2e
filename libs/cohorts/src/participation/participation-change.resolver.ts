import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonViews } from '@zyklus/identity';
import { ParticipationChangeEntity } from './participation-change.entity';
import { ParticipationChange } from './participation.model';

@Resolver(() => ParticipationChange)
export class ParticipationChangeResolver {
  constructor(private readonly people: PersonViews) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who made the change; null once that person is erased.',
  })
  changedBy(
    @Parent() change: ParticipationChangeEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, change.changedById);
  }
}
