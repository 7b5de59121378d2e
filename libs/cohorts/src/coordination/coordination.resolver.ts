import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonViews } from '@zyklus/identity';
import { NetworkByIdLoader } from '../network/network-by-id.loader';
import { Network } from '../network/network.model';
import { CoordinationEntity } from './coordination.entity';
import { Coordination } from './coordination.model';

@Resolver(() => Coordination)
export class CoordinationResolver {
  constructor(
    private readonly networkById: NetworkByIdLoader,
    private readonly people: PersonViews,
  ) {}

  @ResolveField(() => Network, { description: 'The network (Netzwerk) coordinated.' })
  network(@Parent() coordination: CoordinationEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.networkById).load(coordination.networkId);
  }

  @ResolveField(() => Person, { description: 'The coordinator (Netzwerkkoordinator:in).' })
  person(
    @Parent() coordination: CoordinationEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, coordination.personId);
  }
}
