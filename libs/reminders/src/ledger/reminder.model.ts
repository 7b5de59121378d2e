import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@zyklus/common';
import { ReminderEventKind, ReminderKind, ReminderStatus } from '../rule/reminder-enums';

@ObjectType({
  description:
    'One row of the reminder ledger (Erinnerung): a mail due to one person (or one contact without an account) at one time for one event and rule, or a change or cancellation notice.',
})
export class Reminder {
  @Field(() => ID, { description: 'Identifies the ledger row.' })
  id!: string;

  @Field(() => ReminderKind, { description: 'A reminder, a change notice or a cancellation.' })
  kind!: ReminderKind;

  @Field(() => ReminderStatus, { description: 'PENDING, SENT, SKIPPED, CANCELLED or FAILED.' })
  status!: ReminderStatus;

  @Field(() => String, { description: 'Kind of event it is about, e.g. WORKSHOP.' })
  eventKind!: ReminderEventKind;

  @Field(() => ID, { description: 'The event it is about, e.g. a workshop’s id.' })
  eventId!: string;

  @Field(() => ID, { nullable: true, description: 'The event’s cohort; null if none.' })
  cohortId!: string | null;

  @Field({ description: 'When it is (or was) due.' })
  dueAt!: Date;

  @Field({ description: 'When the dispatcher takes it next (later than dueAt after a failure).' })
  nextAttemptAt!: Date;

  @Field(() => Int, { description: 'Send attempts so far.' })
  attempts!: number;

  @Field(() => Date, { nullable: true, description: 'When it was sent; null until then.' })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The SMTP message id once sent.' })
  messageId!: string | null;

  @Field(() => String, { nullable: true, description: 'The last error, e.g. of a failed send.' })
  lastError!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was skipped or cancelled ("event cancelled", "participant withdrew" …).',
  })
  reason!: string | null;
}

@ObjectType({ description: 'A page of reminders.' })
export class ReminderConnection extends Connection(Reminder) {}

@ObjectType({
  description:
    'Who would get what when under a rule, as the ledger will do it (nothing is sent or changed).',
})
export class ReminderPreview {
  @Field(() => String, { description: 'Kind of event it would be about, e.g. WORKSHOP.' })
  eventKind!: ReminderEventKind;

  @Field(() => ID, { description: 'The event it would be about.' })
  eventId!: string;

  @Field(() => ID, {
    description: 'Who would get it: a person’s id, or a contact’s (see contact).',
  })
  recipientId!: string;

  /** Whether `recipientId` is a contact's id (resolved as the field `contact`). */
  contact?: boolean;

  @Field({ description: 'When it is (or was) due.' })
  dueAt!: Date;

  @Field(() => ReminderStatus, {
    description:
      'PENDING: will be sent at dueAt; SENT: already sent; SKIPPED or CANCELLED: will not be sent (see reason); FAILED: every attempt failed.',
  })
  status!: ReminderStatus;

  @Field(() => String, { nullable: true, description: 'Why it will not be sent, if it will not.' })
  reason!: string | null;
}
