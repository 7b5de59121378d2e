import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { TerminusModule } from '@nestjs/terminus';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DiscoveryModule } from '@nestjs/core';
import { CohortsModule } from '@zyklus/cohorts';
import { IdentityModule } from '@zyklus/identity';
import { CalendarFeedBuilder } from './calendar/calendar-feed.builder';
import { CalendarFeedController } from './calendar/calendar-feed.controller';
import { CalendarFeedEntity } from './calendar/calendar-feed.entity';
import { CalendarFeedResolver } from './calendar/calendar-feed.resolver';
import { CalendarFeedService } from './calendar/calendar-feed.service';
import { OutcomeRecorder } from './dispatch/outcome-recorder';
import { CalendarFeedTokens } from './calendar/calendar-feed-tokens';
import { DeclineLinks } from './decline/decline-links';
import { DeclineController } from './decline/decline.controller';
import { DeclineService } from './decline/decline.service';
import { ReminderDeclineEntity } from './decline/reminder-decline.entity';
import { BatchDelivery } from './dispatch/batch-delivery';
import { ReminderDispatcher } from './dispatch/reminder-dispatcher';
import { ReminderHealth } from './dispatch/reminder-health';
import { ReminderMailComposer } from './dispatch/reminder-mail-composer';
import { ReminderScheduler } from './dispatch/reminder-scheduler';
import { ReminderEventSources } from './events/reminder-event-sources';
import { ReminderEventLoader } from './events/reminder-event.loader';
import { ReminderContactLoader } from './ledger/reminder-contact.loader';
import { ReminderContactLedger } from './ledger/reminder-contact-ledger';
import { ReminderEventKindsResolver } from './events/reminder-event-kinds.resolver';
import { ReminderScopeOptions } from './events/reminder-scope-options';
import { ReminderLedgerService } from './ledger/reminder-ledger.service';
import { ReminderPreviewService } from './ledger/reminder-preview.service';
import { ReminderEntity } from './ledger/reminder.entity';
import { ReminderPreviewResolver, ReminderResolver } from './ledger/reminder.resolver';
import { RemindersPersonalData } from './privacy/reminders-personal-data';
import { ReminderPlanner } from './planning/reminder-planner';
import { ReminderSettings } from './planning/reminder-settings';
import { ReminderTriggers } from './planning/reminder-triggers';
import { ReminderRuleByIdLoader } from './rule/reminder-rule-by-id.loader';
import { ReminderRuleEntity } from './rule/reminder-rule.entity';
import { ReminderRuleResolver } from './rule/reminder-rule.resolver';
import { ReminderRuleService } from './rule/reminder-rule.service';

/** GraphQL resolvers of this library; the schema generator builds `schema.gql` from them. */
export const REMINDERS_RESOLVERS = [
  ReminderRuleResolver,
  ReminderResolver,
  ReminderPreviewResolver,
  ReminderEventKindsResolver,
  CalendarFeedResolver,
];

/**
 * Reminders: rules, the ledger (materialised in the transactions of the changes that cause
 * it), the dispatcher (SKIP LOCKED claims with a lease, retries with backoff), notices of
 * changes and cancellations, nudges, and calendar feeds, for every kind of event whose context
 * registers an adapter (`@ReminderEventAdapter()`); this module imports no such context.
 */
@Module({
  imports: [
    ScheduleModule.forRoot(),
    TerminusModule,
    IdentityModule,
    CohortsModule,
    DiscoveryModule,
    TypeOrmModule.forFeature([
      ReminderRuleEntity,
      ReminderEntity,
      CalendarFeedEntity,
      ReminderDeclineEntity,
    ]),
  ],
  controllers: [CalendarFeedController, DeclineController],
  providers: [
    RemindersPersonalData,
    ReminderSettings,
    CalendarFeedBuilder,
    CalendarFeedTokens,
    DeclineLinks,
    DeclineService,
    BatchDelivery,
    ReminderEventSources,
    ReminderEventLoader,
    ReminderScopeOptions,
    ReminderContactLoader,
    ReminderContactLedger,
    ReminderPlanner,
    ReminderTriggers,
    ReminderRuleService,
    ReminderLedgerService,
    ReminderPreviewService,
    ReminderMailComposer,
    OutcomeRecorder,
    ReminderDispatcher,
    ReminderScheduler,
    ReminderHealth,
    CalendarFeedService,
    ReminderRuleByIdLoader,
    ...REMINDERS_RESOLVERS,
  ],
  exports: [
    ReminderDispatcher,
    ReminderPlanner,
    ReminderContactLedger,
    ReminderHealth,
    ReminderRuleService,
    CalendarFeedService,
  ],
})
export class RemindersModule {}
