import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe, ParseOptionalIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CreateReminderRuleInput, UpdateReminderRuleInput } from './inputs/reminder-rule.inputs';
import { ReminderRule } from './reminder-rule.model';
import { ReminderRuleService } from './reminder-rule.service';

@Resolver(() => ReminderRule)
export class ReminderRuleResolver {
  constructor(private readonly rules: ReminderRuleService) {}

  @Query(() => [ReminderRule], {
    description:
      'A programme’s reminder rules (program managers): its defaults, and with cohortId also that cohort’s own rules.',
  })
  reminderRules(
    @CurrentActor() actor: Actor,
    @Args('programmeId', { type: () => ID, description: 'The programme.' }, ParseIdPipe)
    programmeId: string,
    @Args(
      'cohortId',
      {
        type: () => ID,
        nullable: true,
        description:
          'Only the programme’s defaults and this cohort’s own rules; all the programme’s rules when omitted.',
      },
      ParseOptionalIdPipe,
    )
    cohortId?: string,
  ) {
    return this.rules.list(actor, programmeId, cohortId);
  }

  @Mutation(() => ReminderRule, {
    description:
      'Adds a rule, effective from now (it never mails events that already began); upcoming events get their reminders at once.',
  })
  createReminderRule(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new rule.' }) input: CreateReminderRuleInput,
  ) {
    return this.rules.create(actor, input);
  }

  @Mutation(() => ReminderRule, {
    description:
      'Changes a rule; pending reminders move to the new times, or are cancelled when disabled.',
  })
  updateReminderRule(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The rule and what changes.' }) input: UpdateReminderRuleInput,
  ) {
    return this.rules.update(actor, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a rule; its pending reminders are cancelled, sent ones stay in the ledger.',
  })
  deleteReminderRule(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The rule to delete.' }, ParseIdPipe) id: string,
  ) {
    return this.rules.delete(actor, id);
  }
}
