import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, LocalDateScalar } from '@zyklus/common';
import { CohortStatus } from './cohort-status';

@ObjectType({
  description:
    'A cohort (Qualifizierungsdurchgang): one numbered run of a programme in which about 20 networks go through the workshop cycle.',
})
export class Cohort {
  @Field(() => ID, { description: 'Unique id of the cohort.' })
  id!: string;

  @Field(() => ID, { description: 'Id of the programme this cohort belongs to.' })
  programmeId!: string;

  @Field(() => Int, {
    description: 'Number within the programme, e.g. 5 for the "5. Qualifizierungsdurchgang".',
  })
  number!: number;

  @Field({ description: 'Title, e.g. "5. Qualifizierungsdurchgang" (1–200 characters).' })
  title!: string;

  @Field(() => LocalDateScalar, { description: 'First day, e.g. the day of the kick-off.' })
  startDate!: string;

  @Field(() => LocalDateScalar, { description: 'Last day; never before the first day.' })
  endDate!: string;

  @Field(() => Int, { description: 'How many networks can take part (at least 1).' })
  capacity!: number;

  @Field(() => CohortStatus, { description: 'Where the cohort stands.' })
  status!: CohortStatus;

  @Field({ description: 'When the cohort was created.' })
  createdAt!: Date;

  @Field({ description: 'When the cohort was last changed.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'A page of cohorts.' })
export class CohortConnection extends Connection(Cohort) {}
