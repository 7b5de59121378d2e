import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { MaxChars, Trim } from '@zyklus/common';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';

@InputType({ description: 'A retention period for all programmes, or for one.' })
export class SetRetentionPeriodInput {
  @Field({ description: 'The data class, e.g. `REMINDER_ERROR_TEXTS`.' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  dataClass!: string;

  @Field(() => Int, { description: 'Days from the rule’s moment, 1–3650.' })
  @IsInt()
  @Min(1)
  @Max(3650)
  days!: number;

  @Field(() => ID, { nullable: true, description: 'One programme; without it, all programmes.' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}

@ArgsType()
export class ErasePersonArgs {
  @Field(() => ID, { description: 'The person to erase.' })
  @IsUUID()
  personId!: string;

  @Field({ description: 'The person’s name exactly as shown, to confirm.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  confirm!: string;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries about this person.' })
  @IsOptional()
  @IsUUID()
  personId?: string;

  @Field(() => Int, { defaultValue: 50, description: 'At most 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;
}
