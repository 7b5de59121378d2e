import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { AddInitiativeInput, UpdateInitiativeInput } from './initiative.inputs';
import { Initiative } from './initiative.model';
import { InitiativeService } from './initiative.service';

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(private readonly service: InitiativeService) {}

  @Query(() => [Initiative], {
    description:
      'A network’s MINT-Initiativen by name: its coordinator (with contact persons) and program managers (without).',
  })
  initiatives(
    @CurrentActor() actor: Actor,
    @Args('networkId', { type: () => ID, description: 'The network.' }, ParseIdPipe)
    networkId: string,
  ) {
    return this.service.list(actor, networkId);
  }

  @Query(() => [Initiative], {
    description:
      'Initiatives of the network whose name and city are close to these (pg_trgm similarity, or a normalised comparison): what adding would warn about.',
  })
  similarInitiatives(
    @CurrentActor() actor: Actor,
    @Args('networkId', { type: () => ID, description: 'The network.' }, ParseIdPipe)
    networkId: string,
    @Args('name', { description: 'The name to check.' }) name: string,
    @Args('city', { description: 'The city to check.' }) city: string,
  ) {
    return this.service.similar(actor, networkId, name.slice(0, 200), city.slice(0, 100));
  }

  @Mutation(() => Initiative, {
    description:
      'Adds a MINT-Initiative to a network. A near-duplicate (similar name in the same city) is refused with CONFLICT, reason POSSIBLE_DUPLICATE, naming the candidates, unless addAnyway.',
  })
  addInitiative(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The initiative.' }) input: AddInitiativeInput,
  ) {
    return this.service.add(actor, input);
  }

  @Mutation(() => Initiative, { description: 'Changes an initiative (same duplicate check).' })
  updateInitiative(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The changes.' }) input: UpdateInitiativeInput,
  ) {
    return this.service.update(actor, input);
  }
}
