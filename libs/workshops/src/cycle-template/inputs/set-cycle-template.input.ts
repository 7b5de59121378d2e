import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalTime, LocalTimeScalar, MaxChars, Trim } from '@zyklus/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { WorkshopFormat, WorkshopKind } from '../../workshop/workshop-enums';

@InputType({
  description: 'One step; give the id of an existing step to keep it (and its workshops’ link).',
})
export class CycleTemplateStepInput {
  @Field(() => ID, { nullable: true, description: 'An existing step to keep; omit for a new one.' })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => WorkshopKind, { description: 'Which kind of workshop the step plans.' })
  @IsEnum(WorkshopKind)
  kind!: WorkshopKind;

  @Field({ description: 'Default title of the planned workshop (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title!: string;

  @Field(() => Float, {
    description:
      '0.5 to 10, in halves. Up to 5 days are planned as one block of weekdays in one week; longer steps start on a Monday and skip weekends.',
  })
  @IsNumber()
  @Min(0.5)
  @Max(10)
  durationDays!: number;

  @Field(() => LocalTimeScalar, { defaultValue: '09:00', description: 'A day’s default start.' })
  @IsLocalTime()
  dayStart: string = '09:00';

  @Field(() => LocalTimeScalar, {
    defaultValue: '17:00',
    description: 'A full day’s default end.',
  })
  @IsLocalTime()
  dayEnd: string = '17:00';

  @Field(() => WorkshopFormat, { description: 'Default format of the planned workshop.' })
  @IsEnum(WorkshopFormat)
  defaultFormat!: WorkshopFormat;

  @Field({
    defaultValue: true,
    description: 'Whether attending counts towards completing the cycle.',
  })
  @IsBoolean()
  attendanceRequired: boolean = true;

  @Field(() => Int, {
    description:
      'Days after the previous step’s first day (0–730); planning starts a step no earlier than the day after the previous step’s last day.',
  })
  @IsInt()
  @Min(0)
  @Max(730)
  gapDays!: number;
}

@InputType({ description: 'A programme’s whole cycle template, in order.' })
export class SetCycleTemplateInput {
  @Field(() => ID, { description: 'The programme whose template is replaced.' })
  @IsUUID()
  programmeId!: string;

  @Field(() => [CycleTemplateStepInput], { description: 'All steps in order (1–30).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CycleTemplateStepInput)
  steps!: CycleTemplateStepInput[];
}
