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
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  id?: string;

  @Field(() => WorkshopKind)
  @IsEnum(WorkshopKind)
  kind!: WorkshopKind;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title!: string;

  @Field(() => Float, { description: '0.5 to 10, in halves.' })
  @IsNumber()
  @Min(0.5)
  @Max(10)
  durationDays!: number;

  @Field(() => LocalTimeScalar, { defaultValue: '09:00' })
  @IsLocalTime()
  dayStart: string = '09:00';

  @Field(() => LocalTimeScalar, { defaultValue: '17:00' })
  @IsLocalTime()
  dayEnd: string = '17:00';

  @Field(() => WorkshopFormat)
  @IsEnum(WorkshopFormat)
  defaultFormat!: WorkshopFormat;

  @Field({ defaultValue: true })
  @IsBoolean()
  attendanceRequired: boolean = true;

  @Field(() => Int, { description: 'Days after the previous step’s first day (0–730).' })
  @IsInt()
  @Min(0)
  @Max(730)
  gapDays!: number;
}

@InputType({ description: 'A programme’s whole cycle template, in order.' })
export class SetCycleTemplateInput {
  @Field(() => ID)
  @IsUUID()
  programmeId!: string;

  @Field(() => [CycleTemplateStepInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CycleTemplateStepInput)
  steps!: CycleTemplateStepInput[];
}
