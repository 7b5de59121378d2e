export { CalendarFeedEntity } from './calendar/calendar-feed.entity';
export { ReminderDispatcher } from './dispatch/reminder-dispatcher';
export type { Outcome } from './dispatch/outcome-recorder';
export type { Claimed } from './dispatch/claimed';
export type { TickCounts } from './dispatch/reminder-dispatcher';
export { ReminderHealth } from './dispatch/reminder-health';
export { ReminderEntity } from './ledger/reminder.entity';
export { ReminderPlanner } from './planning/reminder-planner';
export {
  ReminderAnchor,
  ReminderAudience,
  ReminderEventKind,
  ReminderKind,
  ReminderStatus,
  ReminderTemplate,
} from './rule/reminder-enums';
export { ReminderRuleEntity } from './rule/reminder-rule.entity';
export { REMINDERS_RESOLVERS, RemindersModule } from './reminders.module';
