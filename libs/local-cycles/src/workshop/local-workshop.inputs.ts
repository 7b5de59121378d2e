import { Field, ID, InputType } from '@nestjs/graphql';
import { Bundesland } from '@zyklus/cohorts';
import { MaxChars, OptionalNotNull, Trim } from '@zyklus/common';
import { PlaceInput, WorkshopDayInput, WorkshopFormat } from '@zyklus/workshops';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  ValidateNested,
} from 'class-validator';

@InputType({ isAbstract: true })
class LocalWorkshopDetails {
  @Field(() => PlaceInput, { nullable: true, description: 'Where (in person, hybrid).' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlaceInput)
  place?: PlaceInput | null;

  @Field(() => String, { nullable: true, description: 'Video-conference link (https).' })
  @IsOptional()
  @Trim()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxChars(1000)
  onlineUrl?: string | null;

  @Field(() => Bundesland, {
    nullable: true,
    description: 'The place’s Bundesland when it is not the network’s; null: the network’s.',
  })
  @IsOptional()
  @IsEnum(Bundesland)
  bundesland?: Bundesland | null;
}

@InputType({ description: 'A local workshop added by hand (planning adds the template’s).' })
export class CreateLocalWorkshopInput extends LocalWorkshopDetails {
  @Field(() => ID, { description: 'The local cycle.' })
  @IsUUID()
  localCycleId!: string;

  @Field({ description: 'Title (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title!: string;

  @Field(() => WorkshopFormat, { description: 'In person, online or hybrid.' })
  @IsEnum(WorkshopFormat)
  format!: WorkshopFormat;

  @Field(() => [WorkshopDayInput], { description: 'At least one day, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WorkshopDayInput)
  days!: WorkshopDayInput[];
}

@InputType({ description: 'Changes to a local workshop; omitted fields stay as they are.' })
export class UpdateLocalWorkshopInput extends LocalWorkshopDetails {
  @Field(() => ID, { description: 'The local workshop.' })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'New title.' })
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
}

@InputType({ description: 'New days for a local workshop.' })
export class RescheduleLocalWorkshopInput {
  @Field(() => ID, { description: 'The draft or published local workshop.' })
  @IsUUID()
  id!: string;

  @Field(() => [WorkshopDayInput], { description: 'At least one day, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WorkshopDayInput)
  days!: WorkshopDayInput[];
}

@InputType({ description: 'A local workshop is called off.' })
export class CancelLocalWorkshopInput {
  @Field(() => ID, { description: 'The local workshop.' })
  @IsUUID()
  id!: string;

  @Field({ description: 'Why (required; invitees are told).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  reason!: string;
}

@InputType({ description: 'Invites initiatives’ contact persons to a published local workshop.' })
export class InviteContactsInput {
  @Field(() => ID, { description: 'The published local workshop.' })
  @IsUUID()
  localWorkshopId!: string;

  @Field(() => [ID], {
    description:
      'Initiatives of the cycle whose contact person agreed to emails (1–200); any other is refused (NO_CONTACT, NO_CONSENT).',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  initiativeIds!: string[];
}
