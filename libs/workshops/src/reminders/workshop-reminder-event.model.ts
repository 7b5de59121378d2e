import { ObjectType } from '@nestjs/graphql';
import { ReminderEventNode } from '@zyklus/reminders';

@ObjectType({
  implements: () => ReminderEventNode,
  description: 'A workshop as an event of the reminder ledger (see `workshop` for all of it).',
})
export class WorkshopReminderEvent extends ReminderEventNode {}
