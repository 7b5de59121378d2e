import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonViews } from '@zyklus/identity';
import { Workshop, WorkshopAccess, WorkshopByIdLoader } from '@zyklus/workshops';
import { ReminderEventKind } from '../rule/reminder-enums';
import { ReminderRuleByIdLoader } from '../rule/reminder-rule-by-id.loader';
import { ReminderRule } from '../rule/reminder-rule.model';
import { ReminderLedgerService } from './reminder-ledger.service';
import { ReminderEntity } from './reminder.entity';
import { Reminder, ReminderConnection, ReminderPreview } from './reminder.model';
import { RemindersArgs } from './reminders.args';

@Resolver(() => Reminder)
export class ReminderResolver {
  constructor(
    private readonly ledger: ReminderLedgerService,
    private readonly people: PersonViews,
    private readonly workshopById: WorkshopByIdLoader,
    private readonly workshops: WorkshopAccess,
    private readonly ruleById: ReminderRuleByIdLoader,
  ) {}

  @Query(() => ReminderConnection, {
    description:
      'The reminder ledger by due time, filtered by cohort, event, person, status and due period (program managers).',
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
      'Who a rule would mail, about which upcoming event, when — without sending anything (program managers).',
  })
  previewReminders(
    @CurrentActor() actor: Actor,
    @Args('ruleId', { type: () => ID, description: 'The rule.' }, ParseIdPipe) ruleId: string,
  ) {
    return this.ledger.preview(actor, ruleId);
  }

  @ResolveField(() => Person, { nullable: true, description: 'Null once the person was erased.' })
  recipient(
    @Parent() row: ReminderEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, row.recipientId);
  }

  @ResolveField(() => Workshop, {
    nullable: true,
    description: 'The workshop, for workshop reminders.',
  })
  async workshop(
    @Parent() row: ReminderEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (row.eventKind !== ReminderEventKind.WORKSHOP) return null;
    const workshop = await loaders.for(this.workshopById).load(row.eventId);
    return workshop && this.workshops.redact(actor, workshop);
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
    private readonly workshopById: WorkshopByIdLoader,
    private readonly workshops: WorkshopAccess,
  ) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who would get it.' })
  recipient(
    @Parent() preview: ReminderPreview,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.people.load(actor, loaders, preview.recipientId);
  }

  @ResolveField(() => Workshop, {
    nullable: true,
    description: 'The workshop, for workshop reminders.',
  })
  async workshop(
    @Parent() preview: ReminderPreview,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    const workshop = await loaders.for(this.workshopById).load(preview.eventId);
    return workshop && this.workshops.redact(actor, workshop);
  }
}
