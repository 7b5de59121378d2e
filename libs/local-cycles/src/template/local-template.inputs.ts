import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalTime, LocalTimeScalar, MaxChars, Trim } from '@zyklus/common';
import { WorkshopFormat } from '@zyklus/workshops';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType({ description: 'One step of the local template, e.g. "Reflexionsworkshop".' })
export class LocalTemplateStepInput {
  @Field({ description: 'Title of the planned local workshop (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title!: string;

  @Field(() => Float, { defaultValue: 0.5, description: '0.5 to 5 days, in halves.' })
  @IsNumber()
  @Min(0.5)
  @Max(5)
  durationDays: number = 0.5;

  @Field(() => LocalTimeScalar, { defaultValue: '14:00', description: 'A day’s default start.' })
  @IsLocalTime()
  dayStart: string = '14:00';

  @Field(() => LocalTimeScalar, { defaultValue: '18:00', description: 'A full day’s default end.' })
  @IsLocalTime()
  dayEnd: string = '18:00';

  @Field(() => WorkshopFormat, { description: 'Default format.' })
  @IsEnum(WorkshopFormat)
  defaultFormat!: WorkshopFormat;

  @Field(() => Int, { description: 'Days after the previous step’s first day (0–365).' })
  @IsInt()
  @Min(0)
  @Max(365)
  gapDays!: number;
}

@InputType({ description: 'A programme’s whole local template, in order.' })
export class SetLocalTemplateInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID()
  programmeId!: string;

  @Field(() => [LocalTemplateStepInput], { description: 'All steps in order (1–20).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LocalTemplateStepInput)
  steps!: LocalTemplateStepInput[];
}
