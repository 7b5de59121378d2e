import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { ProgrammeByIdLoader } from '../programme/programme-by-id.loader';
import { Programme } from '../programme/programme.model';
import { CohortStatus, nextCohortStatuses } from './cohort-status';
import { CohortEntity } from './cohort.entity';
import { Cohort, CohortConnection } from './cohort.model';
import { CohortService } from './cohort.service';
import { ChangeCohortStatusInput } from './inputs/change-cohort-status.input';
import { CohortsArgs } from './inputs/cohorts.args';
import { CreateCohortInput } from './inputs/create-cohort.input';
import { UpdateCohortInput } from './inputs/update-cohort.input';

@Resolver(() => Cohort)
export class CohortResolver {
  constructor(
    private readonly cohortService: CohortService,
    private readonly programmeById: ProgrammeByIdLoader,
  ) {}

  @Query(() => CohortConnection, {
    description:
      'Cohorts in chronological order, optionally of one programme and in one status. Program managers see all, coordinators the ones they take part in. NOT_FOUND for an unknown programme.',
  })
  cohorts(@CurrentActor() actor: Actor, @Args() args: CohortsArgs) {
    return this.cohortService.list(actor, args);
  }

  @Query(() => Cohort, {
    description:
      'One cohort: program managers any, coordinators the ones they take part in (FORBIDDEN otherwise); NOT_FOUND if there is none.',
  })
  cohort(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) id: string,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.cohortService.get(actor, id, loaders);
  }

  @Mutation(() => Cohort, {
    description:
      'Plans a new cohort (status PLANNED); CONFLICT if its number is taken in the programme.',
  })
  createCohort(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new cohort.' }) input: CreateCohortInput,
  ) {
    return this.cohortService.create(actor, input);
  }

  @Mutation(() => Cohort, { description: 'Changes a cohort’s number, title, dates or capacity.' })
  updateCohort(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cohort and what changes.' }) input: UpdateCohortInput,
  ) {
    return this.cohortService.update(actor, input);
  }

  @Mutation(() => Cohort, {
    description:
      'Moves a cohort to another status; only PLANNED → RUNNING → COMPLETED and PLANNED/RUNNING → CANCELLED are allowed. Setting the current status again changes nothing. Cancelling a cohort also cancels its draft and published workshops (participants get a cancellation notice).',
  })
  changeCohortStatus(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cohort and its new status.' })
    input: ChangeCohortStatusInput,
  ) {
    return this.cohortService.changeStatus(actor, input);
  }

  @ResolveField(() => Programme, { description: 'The programme this cohort belongs to.' })
  programme(@Parent() cohort: CohortEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.programmeById).load(cohort.programmeId);
  }

  @ResolveField(() => [CohortStatus], {
    description: 'The statuses this cohort may move to next (empty once completed or cancelled).',
  })
  nextStatuses(@Parent() cohort: CohortEntity): readonly CohortStatus[] {
    return nextCohortStatuses(cohort.status);
  }
}
