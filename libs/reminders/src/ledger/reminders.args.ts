import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsInstant, MaxChars, PageArgs } from '@zyklus/common';
import { IsArray, IsEnum, IsOptional, IsString, IsUUID } from 'class-validator';
import { ReminderStatus } from '../rule/reminder-enums';

@ArgsType()
export class RemindersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'One cohort’s reminders.' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @Field(() => String, { nullable: true, description: 'One kind of event, e.g. WORKSHOP.' })
  @IsOptional()
  @IsString()
  @MaxChars(40)
  eventKind?: string;

  @Field(() => ID, { nullable: true, description: 'One event, e.g. a workshop.' })
  @IsOptional()
  @IsUUID()
  eventId?: string;

  @Field(() => ID, { nullable: true, description: 'One recipient.' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => [ReminderStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @IsArray()
  @IsEnum(ReminderStatus, { each: true })
  status?: ReminderStatus[];

  @Field({ nullable: true, description: 'Due at or after.' })
  @IsOptional()
  @IsInstant()
  dueFrom?: Date;

  @Field({ nullable: true, description: 'Due before.' })
  @IsOptional()
  @IsInstant()
  dueTo?: Date;
}
