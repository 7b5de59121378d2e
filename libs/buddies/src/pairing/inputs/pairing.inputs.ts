import { Field, ID, InputType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, MaxChars, Trim } from '@zyklus/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  ValidateNested,
} from 'class-validator';
import { PairingEndReason } from '../../buddy-enums';

@InputType({ description: 'One pair to propose.' })
export class PairToPropose {
  @Field(() => ID, { description: 'The new coordinator (of the cohort).' })
  @IsUUID()
  newCoordinatorId!: string;

  @Field(() => ID, { description: 'The buddy: an alumnus with a buddy profile.' })
  @IsUUID()
  buddyId!: string;
}

@InputType({
  description: 'Pairings to propose in one cohort, one or many; all or none are stored.',
})
export class ProposeBuddyPairingsInput {
  @Field(() => ID, { description: 'The cohort (Qualifizierungsdurchgang).' })
  @IsUUID()
  cohortId!: string;

  @Field(() => [PairToPropose], { description: 'The pairs: each new coordinator at most once.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PairToPropose)
  pairs!: PairToPropose[];
}

@InputType({ description: 'Declining a proposed pairing needs a reason.' })
export class DeclineBuddyPairingInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field({ description: 'Why (the other one and the program managers read it).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  reason!: string;
}

@InputType({ description: 'Pausing an active pairing until a day.' })
export class PauseBuddyPairingInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field(() => LocalDateScalar, { description: 'The last day of the pause.' })
  @IsLocalDate()
  until!: string;
}

@InputType({ description: 'Ending an active or paused pairing.' })
export class EndBuddyPairingInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field(() => PairingEndReason, { description: 'Why.' })
  @IsEnum(PairingEndReason)
  reason!: PairingEndReason;

  @Field({ nullable: true, description: 'A note on why.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(1000)
  note?: string;
}
