import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  ReminderAnchor,
  ReminderAudience,
  ReminderEventKind,
  ReminderTemplate,
} from './reminder-enums';

@ObjectType({
  description:
    'A reminder rule (Erinnerungsregel): for events of a kind, send a mail to an audience at an offset before or after the start or end. Programme rules are defaults; cohort rules (and rules of a scope such as a peer group) add to them or replace one.',
})
export class ReminderRule {
  @Field(() => ID, { description: 'Identifies the rule.' })
  id!: string;

  @Field(() => ID, { description: 'The programme it belongs to.' })
  programmeId!: string;

  @Field(() => ID, { nullable: true, description: 'Set for a cohort’s own rule.' })
  cohortId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The programme rule this cohort (or scope) rule takes the place of (disabled: switches it off).',
  })
  replacesRuleId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Set for a rule of the scope its kind declares (e.g. a peer group).',
  })
  scopeId!: string | null;

  @Field(() => String, { description: 'Kind of event it mails about, e.g. WORKSHOP.' })
  eventKind!: ReminderEventKind;

  @Field(() => String, { description: 'Who it writes to, e.g. PARTICIPANTS.' })
  audience!: ReminderAudience;

  @Field(() => ReminderAnchor, { description: 'Whether the offset counts from start or end.' })
  anchor!: ReminderAnchor;

  @Field(() => Int, {
    description:
      'Calendar days from the anchor in the programme’s time zone; negative before (−7: a week before, same local time).',
  })
  offsetDays!: number;

  @Field(() => Int, {
    description: 'Then minutes of elapsed time; negative before (−120: two hours before).',
  })
  offsetMinutes!: number;

  @Field(() => ReminderTemplate, { description: 'The mail it sends.' })
  template!: ReminderTemplate;

  @Field(() => String, {
    nullable: true,
    description: 'For a NUDGE: which of its kind’s nudges it sends.',
  })
  nudge!: string | null;

  @Field({ description: 'Whether it sends; a disabled cohort rule switches its default off.' })
  enabled!: boolean;

  @Field({ description: 'Events starting before this instant are never mailed by this rule.' })
  effectiveFrom!: Date;
}
