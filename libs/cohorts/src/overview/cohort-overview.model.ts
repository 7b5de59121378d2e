import { Field, ObjectType } from '@nestjs/graphql';
import { Cohort } from '../cohort/cohort.model';

@ObjectType({
  description:
    'Everything a program manager needs to plan a cohort on one page: all networks with their coordinators (with contact data), new or experienced, status, counts and the waiting list.',
})
export class CohortOverview {
  @Field(() => Cohort, { description: 'The cohort (Qualifizierungsdurchgang) being planned.' })
  cohort!: Cohort;
}
