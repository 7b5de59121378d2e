import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Person, PersonByIdLoader } from '@zyklus/identity';
import { NetworkByIdLoader } from '../network/network-by-id.loader';
import { Network } from '../network/network.model';
import { CoordinationEntity } from './coordination.entity';
import { Coordination } from './coordination.model';

@Resolver(() => Coordination)
export class CoordinationResolver {
  constructor(
    private readonly networkById: NetworkByIdLoader,
    private readonly personById: PersonByIdLoader,
  ) {}

  @ResolveField(() => Network, { description: 'The network (Netzwerk) coordinated.' })
  network(@Parent() coordination: CoordinationEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.networkById).load(coordination.networkId);
  }

  @ResolveField(() => Person, { description: 'The coordinator (Netzwerkkoordinator:in).' })
  person(@Parent() coordination: CoordinationEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.personById).load(coordination.personId);
  }
}
