import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@zyklus/common';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CohortStatus } from '../cohort-status';

@ArgsType()
export class CohortsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only cohorts of this programme.' })
  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @Field(() => CohortStatus, { nullable: true, description: 'Only cohorts in this status.' })
  @IsOptional()
  @IsEnum(CohortStatus)
  status?: CohortStatus;
}
