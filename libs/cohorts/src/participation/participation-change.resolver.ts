import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Person, PersonByIdLoader } from '@zyklus/identity';
import { ParticipationChangeEntity } from './participation-change.entity';
import { ParticipationChange } from './participation.model';

@Resolver(() => ParticipationChange)
export class ParticipationChangeResolver {
  constructor(private readonly personById: PersonByIdLoader) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who made the change; null once that person is erased.',
  })
  changedBy(@Parent() change: ParticipationChangeEntity, @Loaders() loaders: RequestLoaders) {
    return change.changedById && loaders.for(this.personById).load(change.changedById);
  }
}
