import { Args, ID, Int, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor, Person, PersonByIdLoader } from '@zyklus/identity';
import { CohortAccess, withinScope } from '../access/cohort-access';
import { Cohort } from '../cohort/cohort.model';
import { Coordination } from '../coordination/coordination.model';
import { NetworkByIdLoader } from '../network/network-by-id.loader';
import { Network } from '../network/network.model';
import { waitingList } from './cohort-places';
import {
  CompleteParticipationInput,
  NetworkInCohortInput,
  WithdrawParticipationInput,
} from './inputs/participation.inputs';
import { nextParticipationStatuses, ParticipationStatus } from './participation-status';
import { ParticipationView } from './participation-view';
import { ParticipationEntity } from './participation.entity';
import { ParticipationChangesLoader } from './participation.loaders';
import { CoordinatorExperience, Participation, ParticipationChange } from './participation.model';
import { ParticipationService } from './participation.service';

@Resolver(() => Participation)
export class ParticipationResolver {
  constructor(
    private readonly participations: ParticipationService,
    private readonly view: ParticipationView,
    private readonly access: CohortAccess,
    private readonly networkById: NetworkByIdLoader,
    private readonly personById: PersonByIdLoader,
    private readonly changes: ParticipationChangesLoader,
  ) {}

  @Mutation(() => Participation, {
    description:
      'Invites a network into a cohort (status INVITED). CONFLICT if it already takes part or the cohort has ended.',
  })
  inviteNetwork(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The network and the cohort.' }) input: NetworkInCohortInput,
  ) {
    return this.participations.invite(actor, input);
  }

  @Mutation(() => Participation, {
    description:
      'Enrolls a network (invited or not). When the cohort is full, or other networks are already waiting, this is not an error: the network goes on the waiting list and the answer’s status is WAITLISTED, with its position.',
  })
  enrollNetwork(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The network and the cohort.' }) input: NetworkInCohortInput,
  ) {
    return this.participations.enroll(actor, input);
  }

  @Mutation(() => Participation, {
    description: 'ENROLLED → ACTIVE: the network starts the cycle.',
  })
  activateParticipation(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The participation.' }, ParseIdPipe) id: string,
  ) {
    return this.participations.activate(actor, id);
  }

  @Mutation(() => Participation, {
    description:
      'ACTIVE → COMPLETED: the network completed the cycle; its coordinator becomes an alumnus.',
  })
  completeParticipation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The participation and the day of completion.' })
    input: CompleteParticipationInput,
  ) {
    return this.participations.complete(actor, input);
  }

  @Mutation(() => Participation, {
    description:
      'The network leaves the cohort (reason required). Its place becomes free; move the next network up with moveUpFromWaitingList.',
  })
  withdrawParticipation(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The participation, the reason and the day.' })
    input: WithdrawParticipationInput,
  ) {
    return this.participations.withdraw(actor, input);
  }

  @Mutation(() => Participation, {
    description:
      'Moves the first network of the cohort’s waiting list into a free place (ENROLLED). CONFLICT if no place is free or nobody waits.',
  })
  moveUpFromWaitingList(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe)
    cohortId: string,
  ) {
    return this.participations.moveUpFromWaitingList(actor, cohortId);
  }

  @ResolveField(() => Cohort, { description: 'The cohort (Qualifizierungsdurchgang).' })
  cohort(@Parent() participation: ParticipationEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.cohortOf(loaders, participation);
  }

  @ResolveField(() => Network, { description: 'The participating network (Netzwerk).' })
  network(@Parent() participation: ParticipationEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.networkById).load(participation.networkId);
  }

  @ResolveField(() => Person, {
    nullable: true,
    description:
      'The network’s coordinator: today’s while the cohort runs or lies ahead, the one on its last day once it is over; null if none, and null for a former coordinator looking at the network they handed over to a successor.',
  })
  async coordinator(
    @Parent() participation: ParticipationEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    const coordination = await this.view.coordination(loaders, participation);
    if (!coordination) return null;
    const scope = await this.access.detailScope(actor, participation.id);
    if (scope.kind === 'until' && !withinScope(scope, coordination.startDate)) return null;
    return loaders.for(this.personById).load(coordination.personId);
  }

  @ResolveField(() => CoordinatorExperience, {
    nullable: true,
    description:
      'EXPERIENCED if the coordinator completed an earlier cohort (an alumnus), else NEW; null without coordinator.',
  })
  coordinatorExperience(
    @Parent() participation: ParticipationEntity,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.experience(loaders, participation);
  }

  @ResolveField(() => [Coordination], {
    nullable: true,
    description:
      'Everyone who coordinated the network during the cohort, oldest first: after a change of coordinator both appear. Program managers and the network’s own coordinator (a former one up to their own); null for others.',
  })
  async coordinations(
    @Parent() participation: ParticipationEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    const scope = await this.access.detailScope(actor, participation.id);
    if (scope.kind === 'none') return null;
    const during = await this.view.coordinationsDuring(loaders, participation);
    return during.filter((c) => withinScope(scope, c.startDate));
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Position on the waiting list (1 = next to move up); null unless WAITLISTED.',
  })
  async waitlistPosition(
    @Parent() participation: ParticipationEntity,
    @Loaders() loaders: RequestLoaders,
  ) {
    if (participation.status !== ParticipationStatus.WAITLISTED) return null;
    const queue = waitingList(await this.view.all(loaders, participation.cohortId));
    return queue.findIndex((p) => p.id === participation.id) + 1 || null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why the network withdrew; program managers and the network’s own coordinator only (null for others, and for a former coordinator when it withdrew after they left).',
  })
  async withdrawalReason(
    @Parent() participation: ParticipationEntity,
    @CurrentActor() actor: Actor,
  ) {
    const scope = await this.access.detailScope(actor, participation.id);
    const on = participation.withdrawnOn;
    return on && withinScope(scope, on) ? participation.withdrawalReason : null;
  }

  @ResolveField(() => [ParticipationChange], {
    nullable: true,
    description:
      'Status changes, oldest first. Program managers and the network’s own coordinator (a former one those up to the day they left); null for others.',
  })
  async history(
    @Parent() participation: ParticipationEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    const scope = await this.access.detailScope(actor, participation.id);
    if (scope.kind === 'none') return null;
    const changes = await loaders.for(this.changes).load(participation.id);
    return changes.filter((c) => withinScope(scope, this.access.dayOf(c.changedAt)));
  }

  @ResolveField(() => [ParticipationStatus], {
    description: 'Statuses this participation may move to next.',
  })
  nextStatuses(@Parent() participation: ParticipationEntity) {
    return nextParticipationStatuses(participation.status);
  }
}
