import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Cohort } from '../cohort/cohort.model';
import { Participation, ParticipationCounts } from '../participation/participation.model';

@ObjectType({
  description:
    'Everything a program manager needs to plan a cohort on one page: all networks with their coordinators (with contact data), new or experienced, status, counts and the waiting list.',
})
export class CohortOverview {
  @Field(() => Cohort, { description: 'The cohort (Qualifizierungsdurchgang) being planned.' })
  cohort!: object;

  @Field(() => [Participation], { description: 'All participations, by network name.' })
  participations!: object[];

  @Field(() => ParticipationCounts, {
    description: 'How many networks are in each status (Teilnahmestatus).',
  })
  counts!: ParticipationCounts;

  @Field(() => Int, { description: 'Places still free.' })
  freeCapacity!: number;

  @Field(() => [Participation], { description: 'The waiting list in queue order.' })
  waitingList!: object[];
}
