import { Field, ID, InputType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, MaxChars, Trim } from '@zyklus/common';
import { IsEnum, IsIn, IsNotEmpty, IsString, IsUUID } from 'class-validator';
import { LocalCycleStatus } from '../local-cycle-enums';

@InputType({ description: 'Plans a network’s local cycle from the programme’s local template.' })
export class PlanLocalCycleInput {
  @Field(() => ID, { description: 'The network’s participation in the cohort.' })
  @IsUUID()
  participationId!: string;

  @Field(() => LocalDateScalar, {
    description:
      'The first step’s first day, moved off weekends and public holidays of the network’s Bundesland.',
  })
  @IsLocalDate()
  startDate!: string;
}

@InputType({ description: 'Moves a local cycle on: PLANNED → RUNNING → COMPLETED, or CANCELLED.' })
export class ChangeLocalCycleStatusInput {
  @Field(() => ID, { description: 'The local cycle.' })
  @IsUUID()
  id!: string;

  @Field(() => LocalCycleStatus, { description: 'RUNNING, COMPLETED or CANCELLED.' })
  @IsEnum(LocalCycleStatus)
  @IsIn([LocalCycleStatus.RUNNING, LocalCycleStatus.COMPLETED, LocalCycleStatus.CANCELLED], {
    message: 'Only RUNNING, COMPLETED or CANCELLED.',
  })
  status!: LocalCycleStatus;
}

@InputType({ description: 'A program manager reopens a completed local cycle, saying why.' })
export class ReopenLocalCycleInput {
  @Field(() => ID, { description: 'The completed local cycle.' })
  @IsUUID()
  id!: string;

  @Field({ description: 'Why (1–1000 characters); recorded.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  reason!: string;
}
