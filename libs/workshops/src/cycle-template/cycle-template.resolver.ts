import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Programme, ProgrammeEntity } from '@zyklus/cohorts';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CycleTemplateByProgrammeLoader } from './cycle-template.loader';
import { CycleTemplateStep } from './cycle-template.model';
import { CycleTemplateService } from './cycle-template.service';
import { SetCycleTemplateInput } from './inputs/set-cycle-template.input';

@Resolver(() => Programme)
export class CycleTemplateResolver {
  constructor(
    private readonly templates: CycleTemplateService,
    private readonly byProgramme: CycleTemplateByProgrammeLoader,
  ) {}

  @Mutation(() => [CycleTemplateStep], {
    description:
      'Replaces a programme’s workshop cycle template (program managers only). Steps given with their id keep their planned workshops; steps left out are removed.',
  })
  setCycleTemplate(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The programme and all its steps.' })
    input: SetCycleTemplateInput,
  ) {
    return this.templates.set(actor, input);
  }

  @ResolveField(() => [CycleTemplateStep], {
    description: 'The workshop cycle template cohorts are planned from, in order.',
  })
  cycleTemplate(@Parent() programme: ProgrammeEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.byProgramme).load(programme.id);
  }
}
