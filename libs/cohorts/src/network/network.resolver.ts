import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person } from '@zyklus/identity';
import { Coordination } from '../coordination/coordination.model';
import { CoordinationService } from '../coordination/coordination.service';
import {
  EndNetworkCoordinationInput,
  SetNetworkCoordinatorInput,
} from '../coordination/inputs/coordination.inputs';
import { ParticipationView } from '../participation/participation-view';
import { Participation } from '../participation/participation.model';
import { CreateNetworkInput } from './inputs/create-network.input';
import { NetworksArgs } from './inputs/networks.args';
import { UpdateNetworkInput } from './inputs/update-network.input';
import { NetworkDetails } from './network-details';
import { NetworkEntity } from './network.entity';
import { Network, NetworkConnection } from './network.model';
import { NetworkService } from './network.service';

@Resolver(() => Network)
export class NetworkResolver {
  constructor(
    private readonly networkService: NetworkService,
    private readonly coordination: CoordinationService,
    private readonly details: NetworkDetails,
    private readonly participationView: ParticipationView,
  ) {}

  @Query(() => NetworkConnection, {
    description:
      'Networks by name, filtered by kind, state and a search text. Program managers see all, coordinators the networks they coordinate.',
  })
  networks(@CurrentActor() actor: Actor, @Args() args: NetworksArgs) {
    return this.networkService.list(actor, args);
  }

  @Query(() => Network, {
    description:
      'One network: program managers any, coordinators their own (FORBIDDEN otherwise); NOT_FOUND if there is none.',
  })
  network(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The network.' }, ParseIdPipe) id: string,
  ) {
    return this.networkService.get(actor, id);
  }

  @Mutation(() => Network, { description: 'Adds a network; CONFLICT if the name is taken.' })
  createNetwork(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new network.' }) input: CreateNetworkInput,
  ) {
    return this.networkService.create(actor, input);
  }

  @Mutation(() => Network, {
    description: 'Changes a network’s name, kind, state, city or website.',
  })
  updateNetwork(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The network and what changes.' }) input: UpdateNetworkInput,
  ) {
    return this.networkService.update(actor, input);
  }

  @Mutation(() => Network, {
    description:
      'A person takes over a network from a date; the previous coordinator’s period ends the day before. CONFLICT if the date falls into an earlier period.',
  })
  setNetworkCoordinator(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The network, the new coordinator and the first day.' })
    input: SetNetworkCoordinatorInput,
  ) {
    return this.coordination.setCoordinator(actor, input);
  }

  @Mutation(() => Network, {
    description: 'The current coordinator leaves on a date and no successor is known yet.',
  })
  endNetworkCoordination(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The network and the coordinator’s last day.' })
    input: EndNetworkCoordinationInput,
  ) {
    return this.coordination.endCoordination(actor, input);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who coordinates the network today; null if nobody does.',
  })
  currentCoordinator(
    @Parent() network: NetworkEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.details.currentCoordinator(actor, loaders, network.id);
  }

  @ResolveField(() => [Coordination], {
    nullable: true,
    description:
      'Everyone who coordinated the network, oldest first. Program managers and the network’s own coordinator; null for others.',
  })
  coordinations(
    @Parent() network: NetworkEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.details.coordinations(actor, loaders, network.id);
  }

  @ResolveField(() => [Participation], {
    nullable: true,
    description:
      'The network’s participations, latest cohort first. Program managers and the network’s own coordinator; null for others.',
  })
  participations(
    @Parent() network: NetworkEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.participationView.ofNetwork(actor, loaders, network.id);
  }
}
