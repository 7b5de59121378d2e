import { Injectable } from '@nestjs/common';
import { CohortAccess } from '@zyklus/cohorts';
import { ForbiddenError } from '@zyklus/common';
import { Actor } from '@zyklus/identity';

/**
 * Who may do what in the local cycle (DESIGN §4, §9), for every entry point: the network's
 * coordinator (derived from coordinations, never a flag) manages its initiatives and local
 * cycle; program managers see and change cycles, but never an initiative's contact person.
 */
@Injectable()
export class LocalAccess {
  constructor(private readonly cohortAccess: CohortAccess) {}

  /** Whether `actor` coordinates `networkId` today (one memoised query per request). */
  async coordinates(actor: Actor, networkId: string): Promise<boolean> {
    return (await this.cohortAccess.facts(actor)).networkIds.has(networkId);
  }

  /** The networks `actor` coordinates today. */
  async ownNetworks(actor: Actor): Promise<ReadonlySet<string>> {
    return (await this.cohortAccess.facts(actor)).networkIds;
  }

  /** The network's coordinator or a program manager; anyone else is refused. */
  async requireNetwork(actor: Actor, networkId: string, field = 'networkId'): Promise<void> {
    if (actor.isProgramManager || (await this.coordinates(actor, networkId))) return;
    throw notOwnNetwork(field);
  }

  /** Only the network's coordinator: contact persons of initiatives are theirs alone. */
  async requireCoordinator(actor: Actor, networkId: string, field = 'networkId'): Promise<void> {
    if (await this.coordinates(actor, networkId)) return;
    throw actor.isProgramManager ? contactDataNotForManagers(field) : notOwnNetwork(field);
  }

  /** Contact persons are shown to the network's coordinator only, never to program managers. */
  seesContacts(actor: Actor, networkId: string): Promise<boolean> {
    return this.coordinates(actor, networkId);
  }
}

export const notOwnNetwork = (field: string) =>
  new ForbiddenError(
    {
      de: 'Das gehört zu einem Netzwerk, das Sie nicht koordinieren.',
      en: 'This belongs to a network you do not coordinate.',
    },
    [{ field, message: { de: 'Fremdes Netzwerk.', en: 'Another network.' } }],
  ).because('NOT_OWN_NETWORK');

export const contactDataNotForManagers = (field: string) =>
  new ForbiddenError(
    {
      de: 'Kontaktdaten von MINT-Initiativen verwaltet nur die Netzwerkkoordination.',
      en: 'Only the network’s coordinator manages initiatives’ contact data.',
    },
    [{ field, message: { de: 'Nur die Koordination.', en: 'Coordinator only.' } }],
  ).because('CONTACT_DATA_COORDINATOR_ONLY');
