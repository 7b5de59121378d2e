export { ReminderDispatcher } from './dispatch/reminder-dispatcher';
export type { Outcome } from './dispatch/outcome-recorder';
export { ReminderHealth } from './dispatch/reminder-health';
export { Reminder, ReminderPreview } from './ledger/reminder.model';
export { ReminderPlanner } from './planning/reminder-planner';
export { ReminderContactLedger } from './ledger/reminder-contact-ledger';
export type { ContactLedgerRow } from './ledger/reminder-contact-ledger';
export type { Notice } from './planning/plan-basics';
export { ReminderAnchor, ReminderKind, ReminderTemplate } from './rule/reminder-enums';
export type { ReminderAudience, ReminderEventKind } from './rule/reminder-enums';
export { ReminderRuleEntity } from './rule/reminder-rule.entity';
export { REMINDERS_RESOLVERS, RemindersModule } from './reminders.module';
// What a context implements to give its events reminders (README: "Adding an event kind").
export { knownBefore } from './events/reminder-event';
export type {
  ReminderEvent,
  ReminderEventChange,
  ReminderEventDay,
  ReminderEventState,
} from './events/reminder-event';
export { ReminderEventAdapter } from './events/reminder-event-source';
export type {
  ReminderAudienceSpec,
  ReminderContact,
  ReminderEventSource,
  ReminderNudgeSpec,
  ReminderScope,
  ReminderScopeOption,
  ReminderScopeSpec,
} from './events/reminder-event-source';
export { ReminderEventNode } from './events/reminder-event.node';
export { pendingReminders } from './ledger/pending-reminders';
