import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CreateProgrammeInput, UpdateProgrammeInput } from './inputs/create-programme.input';
import { Programme } from './programme.model';
import { ProgrammeService } from './programme.service';

@Resolver(() => Programme)
export class ProgrammeResolver {
  constructor(private readonly programmeService: ProgrammeService) {}

  @Query(() => [Programme], { description: 'All programmes, by name.' })
  programmes() {
    return this.programmeService.list();
  }

  @Query(() => Programme, {
    description: 'One programme; NOT_FOUND if there is none with this id.',
  })
  programme(
    @Args('id', { type: () => ID, description: 'The programme.' }, ParseIdPipe) id: string,
  ) {
    return this.programmeService.get(id);
  }

  @Mutation(() => Programme, { description: 'Creates a programme; CONFLICT if the name is taken.' })
  createProgramme(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new programme.' }) input: CreateProgrammeInput,
  ) {
    return this.programmeService.create(actor, input);
  }

  @Mutation(() => Programme, {
    description:
      'Changes a programme’s settings, e.g. the Reply-To of its mails (program managers); NOT_FOUND for an unknown id.',
  })
  updateProgramme(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The programme and what changes.' }) input: UpdateProgrammeInput,
  ) {
    return this.programmeService.update(actor, input);
  }
}
