import { Field, ID, InputType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, MaxChars, Trim } from '@zyklus/common';
import { IsNotEmpty, IsOptional, IsString, IsUUID } from 'class-validator';

@InputType({ description: 'A network and a cohort.' })
export class NetworkInCohortInput {
  @Field(() => ID, { description: 'The cohort (Qualifizierungsdurchgang).' })
  @IsUUID()
  cohortId!: string;

  @Field(() => ID, { description: 'The network (Netzwerk).' })
  @IsUUID()
  networkId!: string;
}

@InputType({ description: 'A participation reached the end of the cycle.' })
export class CompleteParticipationInput {
  @Field(() => ID, { description: 'The participation that is completed.' })
  @IsUUID()
  id!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Day of completion, from the cohort’s start to today (in the programme’s time zone); default today.',
  })
  @IsOptional()
  @IsLocalDate()
  completedOn?: string;
}

@InputType({ description: 'A network leaves a cohort.' })
export class WithdrawParticipationInput {
  @Field(() => ID, { description: 'The participation that ends.' })
  @IsUUID()
  id!: string;

  @Field({ description: 'Why the network leaves (required, 1–1000 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  reason!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description:
      'Day of withdrawal, from the day the network joined the cohort to today (in the programme’s time zone); default today.',
  })
  @IsOptional()
  @IsLocalDate()
  withdrawnOn?: string;
}
