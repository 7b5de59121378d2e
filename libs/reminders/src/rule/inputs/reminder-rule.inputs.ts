import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalNotNull } from '@zyklus/common';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ReminderAnchor, ReminderTemplate } from '../reminder-enums';

/** Kinds, audiences and nudges are names their adapters declare: upper case and underscores. */
const NAME = /^[A-Z][A-Z_]{0,39}$/;
const NAME_MESSAGE = 'Must be a name such as WORKSHOP or PARTICIPANTS (capitals and _).';

@InputType({
  description:
    'A new reminder rule, for a programme, one of its cohorts, or one scope its kind declares (e.g. a peer group).',
})
export class CreateReminderRuleInput {
  @Field(() => ID, { description: 'The programme (also for a cohort rule).' })
  @IsUUID()
  programmeId!: string;

  @Field(() => ID, { nullable: true, description: 'For one cohort only.' })
  @IsOptional()
  @IsUUID()
  cohortId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'For one scope its kind declares (e.g. a peer group) only, one of reminderScopeOptions; not together with cohortId.',
  })
  @IsOptional()
  @IsUUID()
  scopeId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a cohort (or scope) rule: the programme rule it replaces.',
  })
  @IsOptional()
  @IsUUID()
  replacesRuleId?: string | null;

  // The defaults are the kind reminders began with and its first audience, kept for clients
  // written then; every kind and audience is checked against the registered adapters.
  @Field(() => String, {
    defaultValue: 'WORKSHOP',
    description: 'Kind of event it mails about, as registered (reminderEventKinds).',
  })
  @IsString()
  @Matches(NAME, { message: NAME_MESSAGE })
  eventKind: string = 'WORKSHOP';

  @Field(() => String, {
    defaultValue: 'PARTICIPANTS',
    description: 'Who it writes to: one of the audiences its kind declares.',
  })
  @IsString()
  @Matches(NAME, { message: NAME_MESSAGE })
  audience: string = 'PARTICIPANTS';

  @Field(() => ReminderAnchor, {
    defaultValue: ReminderAnchor.START,
    description: 'Whether the offset counts from start or end.',
  })
  @IsEnum(ReminderAnchor)
  anchor: ReminderAnchor = ReminderAnchor.START;

  @Field(() => Int, { defaultValue: 0, description: 'Days; negative before (−366 to 366).' })
  @IsInt()
  @Min(-366)
  @Max(366)
  offsetDays: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'Minutes; negative before (−10080 to 10080).' })
  @IsInt()
  @Min(-10080)
  @Max(10080)
  offsetMinutes: number = 0;

  @Field(() => ReminderTemplate, {
    defaultValue: ReminderTemplate.REMINDER,
    description: 'The mail it sends.',
  })
  @IsEnum(ReminderTemplate)
  template: ReminderTemplate = ReminderTemplate.REMINDER;

  @Field(() => String, {
    nullable: true,
    description: 'For template NUDGE: which of its kind’s nudges (e.g. ATTENDANCE_NOT_RECORDED).',
  })
  @IsOptional()
  @IsString()
  @Matches(NAME, { message: NAME_MESSAGE })
  nudge?: string | null;

  @Field({ defaultValue: true, description: 'Whether it sends (false: switches a default off).' })
  @IsBoolean()
  enabled: boolean = true;
}

@InputType({ description: 'Changes to a rule; omitted fields stay as they are.' })
export class UpdateReminderRuleInput {
  @Field(() => ID, { description: 'The rule to change.' })
  @IsUUID()
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who it writes to: one of the audiences its kind declares.',
  })
  @OptionalNotNull()
  @IsString()
  @Matches(NAME, { message: NAME_MESSAGE })
  audience?: string;

  @Field(() => ReminderAnchor, {
    nullable: true,
    description: 'Whether the offset counts from start or end.',
  })
  @OptionalNotNull()
  @IsEnum(ReminderAnchor)
  anchor?: ReminderAnchor;

  @Field(() => Int, { nullable: true, description: 'Days; negative before (−366 to 366).' })
  @OptionalNotNull()
  @IsInt()
  @Min(-366)
  @Max(366)
  offsetDays?: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes; negative before (−10080 to 10080).',
  })
  @OptionalNotNull()
  @IsInt()
  @Min(-10080)
  @Max(10080)
  offsetMinutes?: number;

  @Field(() => ReminderTemplate, { nullable: true, description: 'The mail it sends.' })
  @OptionalNotNull()
  @IsEnum(ReminderTemplate)
  template?: ReminderTemplate;

  @Field({ nullable: true, description: 'Whether it sends.' })
  @OptionalNotNull()
  @IsBoolean()
  enabled?: boolean;
}
