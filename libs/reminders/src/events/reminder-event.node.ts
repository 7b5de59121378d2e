import { Field, ID, InterfaceType, registerEnumType } from '@nestjs/graphql';

/** Where an event stands for the reminders (GraphQL). */
export enum ReminderEventStateValue {
  UNPUBLISHED = 'UNPUBLISHED',
  SCHEDULED = 'SCHEDULED',
  OVER = 'OVER',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ReminderEventStateValue, {
  name: 'ReminderEventState',
  description: 'Where an event stands, as far as reminders care.',
  valuesMap: {
    UNPUBLISHED: { description: 'Not announced (a draft): no reminders.' },
    SCHEDULED: { description: 'Announced and not over.' },
    OVER: { description: 'Held (completed); follow-ups and nudges may still go out.' },
    CANCELLED: { description: 'Cancelled; pending reminders are cancelled.' },
  },
});

/** GraphQL type per kind, filled as adapters register (ReminderEventSources). */
const TYPES = new Map<string, abstract new () => object>();

export function registerEventType(kind: string, type: abstract new () => object): void {
  TYPES.set(kind, type);
}

/**
 * An event of any kind in the reminder ledger and previews. Each kind has its own type (e.g.
 * `WorkshopReminderEvent`), declared by its context, which may add fields.
 */
@InterfaceType('ReminderEvent', {
  description:
    'An event reminders are about, of any kind (a workshop; later buddy sessions, peer rounds …). Each kind has its own type with more fields.',
  resolveType: (value: { kind: string }) => TYPES.get(value.kind),
})
export abstract class ReminderEventNode {
  @Field({ description: 'The kind of event, e.g. WORKSHOP.' })
  kind!: string;

  @Field(() => ID, { description: 'The event’s id, e.g. the workshop’s.' })
  id!: string;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field({ description: 'When it starts (its first day).' })
  startsAt!: Date;

  @Field({ description: 'When it ends (its last day).' })
  endsAt!: Date;

  @Field(() => ReminderEventStateValue, { description: 'Where it stands.' })
  state!: ReminderEventStateValue;
}
