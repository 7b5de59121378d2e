import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Cohort } from '@zyklus/cohorts';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CyclePlanningService } from '../planning/cycle-planning.service';
import {
  CancelWorkshopInput,
  CreateWorkshopInput,
  PlanCohortCycleInput,
  RescheduleWorkshopInput,
  UpdateWorkshopInput,
} from './inputs/workshop.inputs';
import { WorkshopScheduleService } from './workshop-schedule.service';
import { WorkshopView } from './workshop-view';
import { FacilitatorsLoader } from './workshop.loaders';
import { WorkshopEntity } from './workshop.entity';
import { PublicHolidayWarning } from '../holidays/public-holiday.model';
import { Facilitator, Workshop, WorkshopChange, WorkshopDay } from './workshop.model';
import { WorkshopService } from './workshop.service';

@Resolver(() => Workshop)
export class WorkshopResolver {
  constructor(
    private readonly workshops: WorkshopService,
    private readonly schedule: WorkshopScheduleService,
    private readonly planning: CyclePlanningService,
    private readonly view: WorkshopView,
    private readonly facilitatorsLoader: FacilitatorsLoader,
  ) {}

  @Query(() => Workshop, {
    description:
      'One workshop: program managers any; coordinators the published, completed and cancelled ones of their cohort and those they took part in, internal facilitators those they facilitate (drafts are NOT_FOUND, others FORBIDDEN).',
  })
  workshop(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The workshop.' }, ParseIdPipe) id: string,
  ) {
    return this.workshops.get(actor, id);
  }

  @Mutation(() => [Workshop], {
    description:
      'Plans a cohort’s cycle from its programme’s template: a DRAFT workshop per step with proposed days (gaps kept, no weekends). Planning again adds only missing steps.',
  })
  planCohortCycle(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cohort and the first day.' }) input: PlanCohortCycleInput,
  ) {
    return this.planning.plan(actor, input);
  }

  @Mutation(() => Workshop, { description: 'Adds a workshop by hand, as a DRAFT.' })
  createWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new workshop.' }) input: CreateWorkshopInput,
  ) {
    return this.workshops.create(actor, input);
  }

  @Mutation(() => Workshop, {
    description:
      'Changes title, description, format, place, link, capacity or facilitators; for a published workshop this is recorded as a change participants are told about.',
  })
  updateWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop and what changes.' }) input: UpdateWorkshopInput,
  ) {
    return this.workshops.update(actor, input);
  }

  @Mutation(() => Workshop, {
    description:
      'DRAFT → PUBLISHED: coordinators see it and are registered. Online/hybrid need a link, in-person/hybrid a place; no overlap with another published workshop of the cohort.',
  })
  publishWorkshop(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The workshop.' }, ParseIdPipe) id: string,
  ) {
    return this.schedule.publish(actor, id);
  }

  @Mutation(() => Workshop, {
    description:
      'New days for a draft or published workshop (recorded with who, when and the old days).',
  })
  rescheduleWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop and its new days.' })
    input: RescheduleWorkshopInput,
  ) {
    return this.schedule.reschedule(actor, input);
  }

  @Mutation(() => Workshop, { description: 'Calls a workshop off, with a reason.' })
  cancelWorkshop(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The workshop and the reason.' }) input: CancelWorkshopInput,
  ) {
    return this.schedule.cancel(actor, input);
  }

  @Mutation(() => Workshop, { description: 'PUBLISHED → COMPLETED once it took place.' })
  completeWorkshop(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The workshop.' }, ParseIdPipe) id: string,
  ) {
    return this.schedule.complete(actor, id);
  }

  @ResolveField(() => Cohort, { description: 'The cohort (Qualifizierungsdurchgang).' })
  cohort(@Parent() workshop: WorkshopEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.cohortOf(loaders, workshop);
  }

  @ResolveField(() => String, {
    description: 'IANA time zone of the programme, in which the days’ times are meant.',
  })
  timeZone(@Parent() workshop: WorkshopEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.timeZone(loaders, workshop);
  }

  @ResolveField(() => [WorkshopDay], { description: 'The days in order.' })
  days(@Parent() workshop: WorkshopEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.daysWithInstants(loaders, workshop);
  }

  @ResolveField(() => [Facilitator], {
    description: 'Who leads it (Moderation), people of Zyklus and external guests.',
  })
  async facilitators(
    @Parent() workshop: WorkshopEntity,
    @Loaders() loaders: RequestLoaders,
  ): Promise<Facilitator[]> {
    const rows = await loaders.for(this.facilitatorsLoader).load(workshop.id);
    return rows.map((row) => ({
      name: row.person?.name ?? row.name ?? '',
      organisation: row.organisation,
      contribution: row.contribution,
      external: row.personId === null,
    }));
  }

  @ResolveField(() => [String], {
    description:
      'What a program manager should look at: days outside the cohort’s period or on a weekend or a public holiday (in the request’s language; empty for others).',
  })
  warnings(
    @Parent() workshop: WorkshopEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.warnings(actor, loaders, workshop);
  }

  @ResolveField(() => [PublicHolidayWarning], {
    description:
      'Days that fall on a public holiday of the place’s Bundesland, naming the holiday (a warning; the days are kept). Empty when none or no Bundesland is given.',
  })
  holidays(@Parent() workshop: WorkshopEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.holidays(loaders, workshop);
  }

  @ResolveField(() => [WorkshopChange], {
    nullable: true,
    description: 'Publication, reschedules, changes, cancellation; program managers only.',
  })
  changes(
    @Parent() workshop: WorkshopEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.changes(actor, loaders, workshop);
  }
}
