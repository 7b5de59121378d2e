import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
import { CohortStatus } from '../cohort-status';

@InputType({
  description:
    'Moves a cohort to its next status: PLANNED → RUNNING → COMPLETED, or PLANNED/RUNNING → CANCELLED.',
})
export class ChangeCohortStatusInput {
  @Field(() => ID, { description: 'The cohort.' })
  @IsUUID()
  id!: string;

  @Field(() => CohortStatus, { description: 'The new status.' })
  @IsEnum(CohortStatus)
  status!: CohortStatus;
}
