import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxChars, Trim } from '@zyklus/common';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
} from 'class-validator';
import { EnrolmentStatus, SelfAnalysisPhase } from '../local-cycle-enums';

@InputType({ description: 'Enrols several initiatives of the network in a local cycle at once.' })
export class EnrolInitiativesInput {
  @Field(() => ID, { description: 'The local cycle.' })
  @IsUUID()
  localCycleId!: string;

  @Field(() => [ID], {
    description: 'The initiatives (1–200, of the cycle’s network); ones already in it are kept.',
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  initiativeIds!: string[];

  @Field(() => EnrolmentStatus, {
    defaultValue: EnrolmentStatus.ENROLLED,
    description: 'INVITED or ENROLLED.',
  })
  @IsIn([EnrolmentStatus.INVITED, EnrolmentStatus.ENROLLED])
  status: EnrolmentStatus = EnrolmentStatus.ENROLLED;
}

@InputType({ description: 'Moves several enrolments of one cycle to a status at once.' })
export class SetEnrolmentStatusInput {
  @Field(() => ID, { description: 'The local cycle.' })
  @IsUUID()
  localCycleId!: string;

  @Field(() => [ID], { description: 'Enrolments of that cycle (1–200).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  enrolmentIds!: string[];

  @Field(() => EnrolmentStatus, { description: 'ENROLLED, COMPLETED or WITHDRAWN.' })
  @IsEnum(EnrolmentStatus)
  status!: EnrolmentStatus;
}

@InputType({ description: 'A new self-analysis phase for an enrolled initiative.' })
export class ChangeSelfAnalysisPhaseInput {
  @Field(() => ID, { description: 'The enrolment.' })
  @IsUUID()
  enrolmentId!: string;

  @Field(() => SelfAnalysisPhase, { description: 'The new phase (forward or back).' })
  @IsEnum(SelfAnalysisPhase)
  phase!: SelfAnalysisPhase;

  @Field(() => String, {
    nullable: true,
    description: 'Why (required when going back; up to 1000 characters).',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  reason?: string | null;
}
