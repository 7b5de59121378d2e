import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { InvitePersonInput } from './inputs/invite-person.input';
import { PeopleArgs } from './inputs/people.args';
import { SetPersonRolesInput } from './inputs/set-person-roles.input';
import { UpdateMyProfileInput } from './inputs/update-my-profile.input';
import { Person, PersonConnection } from './person.model';
import { PersonService } from './person.service';

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly personService: PersonService) {}

  @Query(() => Person, { description: 'The signed-in person, with their roles.' })
  me(@CurrentActor() actor: Actor) {
    return this.personService.get(actor, actor.personId);
  }

  @Query(() => PersonConnection, { description: 'People by name (program managers only).' })
  people(@CurrentActor() actor: Actor, @Args() args: PeopleArgs) {
    return this.personService.list(actor, args);
  }

  @Query(() => Person, {
    description: 'One person: program managers see anyone, others only themselves.',
  })
  person(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The person.' }, ParseIdPipe) id: string,
  ) {
    return this.personService.get(actor, id);
  }

  @Mutation(() => Person, {
    description:
      'Adds a person and mails them an invitation (program managers only; ADMIN only by admins). CONFLICT if the address is taken.',
  })
  invitePerson(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'Who is invited, with language and roles.' })
    input: InvitePersonInput,
  ) {
    return this.personService.invite(actor, input);
  }

  @Mutation(() => Person, {
    description: 'Replaces a person’s roles (program managers only; ADMIN only by admins).',
  })
  setPersonRoles(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The person and their new roles.' })
    input: SetPersonRolesInput,
  ) {
    return this.personService.setRoles(actor, input);
  }

  @Mutation(() => Person, {
    description:
      'Changes the signed-in person’s own name or preferred language (mails, messages, the web app).',
  })
  updateMyProfile(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new name and/or language.' }) input: UpdateMyProfileInput,
  ) {
    return this.personService.updateOwnProfile(actor, input);
  }
}
