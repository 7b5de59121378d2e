import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '@zyklus/common';
import { Actor, PersonViews } from '@zyklus/identity';
import { CohortAccess } from '../access/cohort-access';
import { covers } from '../coordination/coordination.entity';
import { CoordinationsByNetworkLoader } from '../coordination/coordinations-by-network.loader';

/**
 * What a viewer sees around a network (DESIGN §4): anyone who sees the network its current
 * coordinator (name; contact data by the people's rule); its history only program managers and
 * its own coordinator (null for others).
 */
@Injectable()
export class NetworkDetails {
  constructor(
    private readonly access: CohortAccess,
    private readonly people: PersonViews,
    private readonly coordinationsByNetwork: CoordinationsByNetworkLoader,
  ) {}

  /** Who coordinates the network today (a network belongs to no programme: the server's zone). */
  async currentCoordinator(actor: Actor, loaders: RequestLoaders, networkId: string) {
    const history = await loaders.for(this.coordinationsByNetwork).load(networkId);
    const today = this.access.today();
    return this.people.load(actor, loaders, history.find((c) => covers(c, today))?.personId);
  }

  /** Everyone who coordinated the network, oldest first: managers and its coordinator. */
  async coordinations(actor: Actor, loaders: RequestLoaders, networkId: string) {
    if (!(await this.access.canSeeNetwork(actor, networkId))) return null;
    return loaders.for(this.coordinationsByNetwork).load(networkId);
  }
}
