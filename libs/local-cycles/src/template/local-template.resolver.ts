import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { SetLocalTemplateInput } from './local-template.inputs';
import { LocalTemplateStep } from './local-template.model';
import { LocalTemplateService } from './local-template.service';

@Resolver(() => LocalTemplateStep)
export class LocalTemplateResolver {
  constructor(private readonly templates: LocalTemplateService) {}

  @Query(() => [LocalTemplateStep], {
    description: 'A programme’s local template (Workshop-Zyklus vor Ort), in order.',
  })
  localTemplate(
    @Args('programmeId', { type: () => ID, description: 'The programme.' }, ParseIdPipe)
    programmeId: string,
  ) {
    return this.templates.get(programmeId);
  }

  @Mutation(() => [LocalTemplateStep], {
    description: 'Program managers: replaces a programme’s local template as a whole.',
  })
  setLocalTemplate(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The programme and its steps.' }) input: SetLocalTemplateInput,
  ) {
    return this.templates.set(actor, input);
  }
}
