import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, RequestLoaders } from '@zyklus/common';
import { Person, PersonEntity } from '@zyklus/identity';
import { CohortByIdLoader } from '../cohort/cohort-by-id.loader';
import { Cohort } from '../cohort/cohort.model';
import { CompletedCohortsLoader } from './completed-cohorts.loader';

/** Alumni status, derived from data: a person who completed a cohort as coordinator. */
@Resolver(() => Person)
export class PersonAlumniResolver {
  constructor(
    private readonly completedByPerson: CompletedCohortsLoader,
    private readonly cohortById: CohortByIdLoader,
  ) {}

  @ResolveField(() => Boolean, {
    description:
      'Alumnus: coordinated a network whose participation in a cohort reached COMPLETED (and was its coordinator when it ended).',
  })
  async isAlumnus(@Parent() person: PersonEntity, @Loaders() loaders: RequestLoaders) {
    return (await loaders.for(this.completedByPerson).load(person.id)).length > 0;
  }

  @ResolveField(() => [Cohort], { description: 'The cohorts the person completed, oldest first.' })
  async completedCohorts(@Parent() person: PersonEntity, @Loaders() loaders: RequestLoaders) {
    const completed = await loaders.for(this.completedByPerson).load(person.id);
    const cohorts = await loaders.for(this.cohortById).loadMany(completed.map((c) => c.cohortId));
    return cohorts.filter((c) => c !== null && !(c instanceof Error));
  }
}
