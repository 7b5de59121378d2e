import { ObjectType } from '@nestjs/graphql';
import { ReminderEventNode } from '@zyklus/reminders';

@ObjectType({
  implements: () => ReminderEventNode,
  description: 'A peer round as an event of the reminder ledger (see `peerRound` for more).',
})
export class PeerRoundReminderEvent extends ReminderEventNode {}

@ObjectType({
  implements: () => ReminderEventNode,
  description: 'A peer group as the subject of a nudge in the reminder ledger.',
})
export class PeerGroupReminderEvent extends ReminderEventNode {}
