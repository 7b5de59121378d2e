import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Bundesland } from '@zyklus/cohorts';
import {
  IsLocalDate,
  IsLocalTime,
  LocalDateScalar,
  LocalTimeScalar,
  MaxChars,
  OptionalNotNull,
  Trim,
} from '@zyklus/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { WorkshopFormat, WorkshopKind } from '../workshop-enums';

@InputType({ description: 'One day: date and wall-clock times in the programme’s time zone.' })
export class WorkshopDayInput {
  @Field(() => LocalDateScalar, { description: 'The calendar day.' })
  @IsLocalDate()
  date!: string;

  @Field(() => LocalTimeScalar, { description: 'Start, wall-clock time.' })
  @IsLocalTime()
  startTime!: string;

  @Field(() => LocalTimeScalar, { description: 'End, wall-clock time (after the start).' })
  @IsLocalTime()
  endTime!: string;
}

@InputType({ description: 'Where an in-person or hybrid workshop happens.' })
export class PlaceInput {
  @Field({ description: 'E.g. "Körber-Stiftung, KörberForum" (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Street, postcode and city (up to 500 characters).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(500)
  address?: string | null;
}

@InputType({ description: 'A person of Zyklus (personId) or an external guest (name).' })
export class FacilitatorInput {
  @Field(() => ID, { nullable: true, description: 'A person of Zyklus who facilitates.' })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'An external guest’s name.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their organisation (up to 200 characters).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(200)
  organisation?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What they contribute, e.g. "half-day input on impact measurement" (up to 300).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(300)
  contribution?: string | null;
}

/** Fields a program manager may set on a workshop (days change by rescheduling). */
@InputType({ isAbstract: true })
class WorkshopDetailsInput {
  @Field(() => String, {
    nullable: true,
    description: 'What it is about (up to 5000 characters); null removes it.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(5000)
  description?: string | null;

  @Field(() => PlaceInput, {
    nullable: true,
    description: 'Needed for in-person and hybrid workshops.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlaceInput)
  place?: PlaceInput | null;

  @Field(() => Bundesland, {
    nullable: true,
    description:
      'The Bundesland of the place, whose public holidays a picked day is checked against (see holidays); null removes it.',
  })
  @IsOptional()
  @IsEnum(Bundesland)
  bundesland?: Bundesland | null;

  @Field(() => String, {
    nullable: true,
    description: 'Video-conference link (https); needed for online and hybrid workshops.',
  })
  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxChars(1000)
  onlineUrl?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seats (1–1000); null when the whole cohort is invited.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number | null;

  @Field(() => [FacilitatorInput], { nullable: true, description: 'Replaces the facilitators.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => FacilitatorInput)
  facilitators?: FacilitatorInput[];
}

@InputType({
  description: 'A workshop added by hand (planning from the template adds the others).',
})
export class CreateWorkshopInput extends WorkshopDetailsInput {
  @Field(() => ID, { description: 'The cohort it belongs to.' })
  @IsUUID()
  cohortId!: string;

  @Field(() => WorkshopKind, { description: 'Which step of the cycle it is.' })
  @IsEnum(WorkshopKind)
  kind!: WorkshopKind;

  @Field({ description: 'Title (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title!: string;

  @Field(() => WorkshopFormat, { description: 'In person, online or hybrid.' })
  @IsEnum(WorkshopFormat)
  format!: WorkshopFormat;

  @Field({
    defaultValue: true,
    description: 'Whether attending counts towards completing the cycle.',
  })
  @IsBoolean()
  attendanceRequired: boolean = true;

  @Field(() => [WorkshopDayInput], { description: 'At least one day, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WorkshopDayInput)
  days!: WorkshopDayInput[];
}

@InputType({ description: 'Changes to a workshop; omitted fields stay as they are.' })
export class UpdateWorkshopInput extends WorkshopDetailsInput {
  @Field(() => ID, { description: 'The workshop to change.' })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'New title (1–200 characters).' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title?: string;

  @Field(() => WorkshopFormat, { nullable: true, description: 'New format.' })
  @OptionalNotNull()
  @IsEnum(WorkshopFormat)
  format?: WorkshopFormat;

  @Field({
    nullable: true,
    description: 'Whether attending counts towards completing the cycle.',
  })
  @OptionalNotNull()
  @IsBoolean()
  attendanceRequired?: boolean;
}

@InputType({ description: 'New days for a workshop.' })
export class RescheduleWorkshopInput {
  @Field(() => ID, { description: 'The draft or published workshop.' })
  @IsUUID()
  id!: string;

  @Field(() => [WorkshopDayInput], { description: 'At least one day, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WorkshopDayInput)
  days!: WorkshopDayInput[];
}

@InputType({ description: 'A workshop is called off.' })
export class CancelWorkshopInput {
  @Field(() => ID, { description: 'The workshop to cancel.' })
  @IsUUID()
  id!: string;

  @Field({ description: 'Why (required); participants are told.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  reason!: string;
}

@InputType({ description: 'Plans a cohort’s workshops from its programme’s template.' })
export class PlanCohortCycleInput {
  @Field(() => ID, { description: 'The cohort to plan.' })
  @IsUUID()
  cohortId!: string;

  @Field(() => LocalDateScalar, {
    description: 'The first step’s first day (moved off a weekend or public holiday).',
  })
  @IsLocalDate()
  startDate!: string;

  @Field(() => Bundesland, {
    nullable: true,
    description:
      'Where the cohort meets: no day is proposed on a public holiday of this Bundesland (weekends are always avoided). Stored on the planned workshops.',
  })
  @IsOptional()
  @IsEnum(Bundesland)
  bundesland?: Bundesland | null;
}
