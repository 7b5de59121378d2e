import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { OptionalNotNull } from '@zyklus/common';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import {
  ReminderAnchor,
  ReminderAudience,
  ReminderEventKind,
  ReminderTemplate,
} from '../reminder-enums';

@InputType({ description: 'A new reminder rule, for a programme or one of its cohorts.' })
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
    description: 'For a cohort rule: the programme rule it replaces.',
  })
  @IsOptional()
  @IsUUID()
  replacesRuleId?: string | null;

  @Field(() => ReminderEventKind, {
    defaultValue: ReminderEventKind.WORKSHOP,
    description: 'Kind of event it mails about.',
  })
  @IsEnum(ReminderEventKind)
  eventKind: ReminderEventKind = ReminderEventKind.WORKSHOP;

  @Field(() => ReminderAudience, {
    defaultValue: ReminderAudience.PARTICIPANTS,
    description: 'Who it writes to.',
  })
  @IsEnum(ReminderAudience)
  audience: ReminderAudience = ReminderAudience.PARTICIPANTS;

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

  @Field({ defaultValue: true, description: 'Whether it sends (false: switches a default off).' })
  @IsBoolean()
  enabled: boolean = true;
}

@InputType({ description: 'Changes to a rule; omitted fields stay as they are.' })
export class UpdateReminderRuleInput {
  @Field(() => ID, { description: 'The rule to change.' })
  @IsUUID()
  id!: string;

  @Field(() => ReminderAudience, { nullable: true, description: 'Who it writes to.' })
  @OptionalNotNull()
  @IsEnum(ReminderAudience)
  audience?: ReminderAudience;

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
