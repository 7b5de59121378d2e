import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonViews } from '@zyklus/identity';
import { ReminderEventLoader } from '../events/reminder-event.loader';
import { ReminderEventNode } from '../events/reminder-event.node';
import { ReminderRuleByIdLoader } from '../rule/reminder-rule-by-id.loader';
import { ReminderRule } from '../rule/reminder-rule.model';
import { ReminderContactLoader, ReminderContactRecipient } from './reminder-contact.loader';
import { ReminderLedgerService } from './reminder-ledger.service';
import { ReminderPreviewService } from './reminder-preview.service';
import { ReminderEntity } from './reminder.entity';
import { Reminder, ReminderConnection, ReminderPreview } from './reminder.model';
import { RemindersArgs } from './reminders.args';

@Resolver(() => Reminder)
export class ReminderResolver {
  constructor(
    private readonly ledger: ReminderLedgerService,
    private readonly people: PersonViews,
    private readonly events: ReminderEventLoader,
    private readonly ruleById: ReminderRuleByIdLoader,
    private readonly previews: ReminderPreviewService,
    private readonly contacts: ReminderContactLoader,
  ) {}

  @Query(() => ReminderConnection, {
    description:
      'The reminder ledger by due time, filtered by cohort, kind of event, event, person, status and due period (program managers).',
  })
  reminders(@CurrentActor() actor: Actor, @Args() args: RemindersArgs) {
    return this.ledger.list(actor, args);
  }

  @Mutation(() => Reminder, { description: 'Sends a FAILED reminder again, now.' })
  retryReminder(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The FAILED reminder.' }, ParseIdPipe) id: string,
  ) {
    return this.ledger.retry(actor, id);
  }

  @Query(() => [ReminderPreview], {
    description:
      'Who a rule would mail, about which upcoming event, when — the planner run as a dry run, sending and changing nothing (program managers).',
  })
  previewReminders(
    @CurrentActor() actor: Actor,
    @Args('ruleId', { type: () => ID, description: 'The rule.' }, ParseIdPipe) ruleId: string,
  ) {
    return this.previews.preview(actor, ruleId);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description:
      'The person it goes to; null for a contact (see contact) and once the person was erased.',
  })
  recipient(
    @Parent() row: ReminderEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return row.recipientId ? this.people.load(actor, loaders, row.recipientId) : null;
  }

  @ResolveField(() => ReminderContactRecipient, {
    nullable: true,
    description:
      'The contact without an account it goes to (e.g. an initiative’s contact person), as whose contact, never their name or address; null for a person.',
  })
  contact(@Parent() row: ReminderEntity, @Loaders() loaders: RequestLoaders) {
    return row.contactId
      ? loaders.for(this.contacts).load({ kind: row.eventKind, id: row.contactId })
      : null;
  }

  @ResolveField(() => ReminderEventNode, {
    nullable: true,
    description: 'The event it is about, of whatever kind; null once the event was deleted.',
  })
  event(@Parent() row: ReminderEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.events).load({ kind: row.eventKind, id: row.eventId });
  }

  @ResolveField(() => ReminderRule, { nullable: true, description: 'The rule; null for notices.' })
  rule(@Parent() row: ReminderEntity, @Loaders() loaders: RequestLoaders) {
    return row.ruleId ? loaders.for(this.ruleById).load(row.ruleId) : null;
  }
}

@Resolver(() => ReminderPreview)
export class ReminderPreviewResolver {
  constructor(
    private readonly people: PersonViews,
    private readonly events: ReminderEventLoader,
    private readonly contacts: ReminderContactLoader,
  ) {}

  @ResolveField(() => ReminderContactRecipient, {
    nullable: true,
    description: 'The contact without an account who would get it; null for a person.',
  })
  contact(@Parent() preview: ReminderPreview, @Loaders() loaders: RequestLoaders) {
    return preview.contact
      ? loaders.for(this.contacts).load({ kind: preview.eventKind, id: preview.recipientId })
      : null;
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who would get it.' })
  recipient(
    @Parent() preview: ReminderPreview,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return preview.contact ? null : this.people.load(actor, loaders, preview.recipientId);
  }

  @ResolveField(() => ReminderEventNode, {
    nullable: true,
    description: 'The event it would be about, of whatever kind.',
  })
  event(@Parent() preview: ReminderPreview, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.events).load({ kind: preview.eventKind, id: preview.eventId });
  }
}
