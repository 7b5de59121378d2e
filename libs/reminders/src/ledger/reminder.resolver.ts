import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonByIdLoader } from '@zyklus/identity';
import { Workshop, WorkshopByIdLoader } from '@zyklus/workshops';
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
    private readonly personById: PersonByIdLoader,
    private readonly workshopById: WorkshopByIdLoader,
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
  recipient(@Parent() row: ReminderEntity, @Loaders() loaders: RequestLoaders) {
    return row.recipientId ? loaders.for(this.personById).load(row.recipientId) : null;
  }

  @ResolveField(() => Workshop, {
    nullable: true,
    description: 'The workshop, for workshop reminders.',
  })
  workshop(@Parent() row: ReminderEntity, @Loaders() loaders: RequestLoaders) {
    return row.eventKind === ReminderEventKind.WORKSHOP
      ? loaders.for(this.workshopById).load(row.eventId)
      : null;
  }

  @ResolveField(() => ReminderRule, { nullable: true, description: 'The rule; null for notices.' })
  rule(@Parent() row: ReminderEntity, @Loaders() loaders: RequestLoaders) {
    return row.ruleId ? loaders.for(this.ruleById).load(row.ruleId) : null;
  }
}

@Resolver(() => ReminderPreview)
export class ReminderPreviewResolver {
  constructor(
    private readonly personById: PersonByIdLoader,
    private readonly workshopById: WorkshopByIdLoader,
  ) {}

  @ResolveField(() => Person, { nullable: true, description: 'Who would get it.' })
  recipient(@Parent() preview: ReminderPreview, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.personById).load(preview.recipientId);
  }

  @ResolveField(() => Workshop, {
    nullable: true,
    description: 'The workshop, for workshop reminders.',
  })
  workshop(@Parent() preview: ReminderPreview, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.workshopById).load(preview.eventId);
  }
}
