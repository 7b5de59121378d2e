import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { PeerCase, PeerFeedback, PeerMinutes } from '../case/peer-case.model';
import { PeerGroup } from '../group/peer-group.model';
import { RsvpAnswer } from '../peer-enums';
import { PeerGroupByIdLoader } from '../peer-rounds.loaders';
import { PeerRoundView } from './peer-round-view';
import { PeerRoundEntity } from './peer-round.entity';
import {
  PeerRoleHolder,
  PeerRound,
  PeerRoundTime,
  PeerRsvp,
  RsvpCounts,
  SuggestedRoles,
} from './peer-round.model';
import { PeerRoundService } from './peer-round.service';
import { RoundRolesService } from './round-roles.service';

@Resolver(() => PeerRound)
export class PeerRoundResolver {
  constructor(
    private readonly rounds: PeerRoundService,
    private readonly roleService: RoundRolesService,
    private readonly view: PeerRoundView,
    private readonly groupById: PeerGroupByIdLoader,
  ) {}

  @Query(() => PeerRound, {
    description: 'One round: program managers, and the group’s members on its day.',
  })
  peerRound(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The round.' }, ParseIdPipe) id: string,
  ) {
    return this.rounds.get(actor, id);
  }

  @Query(() => SuggestedRoles, {
    description:
      'Rotation suggestion: per role the members who held it least recently (case givers: with a queued case). Assigning stays explicit (assignPeerRoundRoles).',
  })
  suggestedRoles(
    @CurrentActor() actor: Actor,
    @Args('roundId', { type: () => ID, description: 'The round.' }, ParseIdPipe) roundId: string,
  ) {
    return this.roleService.suggest(actor, roundId);
  }

  @ResolveField(() => PeerGroup, { description: 'The group.' })
  group(@Parent() round: PeerRoundEntity, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.groupById).load(round.groupId);
  }

  @ResolveField(() => PeerRoundTime, { description: 'Day and wall-clock times.' })
  time(@Parent() round: PeerRoundEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.time(loaders, round);
  }

  @ResolveField(() => String, { nullable: true, description: 'Link of an online round.' })
  onlineUrl(@Parent() round: PeerRoundEntity, @CurrentActor() actor: Actor) {
    return this.view.onlineUrl(actor, round);
  }

  @ResolveField(() => [PeerRoleHolder], { description: 'Who holds which role (roles filled).' })
  roles(@Parent() round: PeerRoundEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.roleHolders(loaders, round);
  }

  @ResolveField(() => RsvpCounts, { description: 'How many answered yes, no, maybe.' })
  rsvpCounts(@Parent() round: PeerRoundEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.rsvpCounts(loaders, round);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'How many were there; null until attendance is recorded.',
  })
  attendanceCount(@Parent() round: PeerRoundEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.attendanceCount(loaders, round);
  }

  @ResolveField(() => Boolean, { description: 'Whether the caller is a member on its day.' })
  isMine(@Parent() round: PeerRoundEntity, @CurrentActor() actor: Actor) {
    return this.view.isMine(actor, round);
  }

  @ResolveField(() => RsvpAnswer, { nullable: true, description: 'The caller’s own answer.' })
  myRsvp(
    @Parent() round: PeerRoundEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.myRsvp(actor, loaders, round);
  }

  @ResolveField(() => [PeerRsvp], {
    nullable: true,
    description: 'Who answered what: members only (null for others).',
  })
  rsvps(
    @Parent() round: PeerRoundEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.rsvpList(actor, loaders, round);
  }

  @ResolveField(() => [PeerRsvp], {
    nullable: true,
    description: 'Who was there (names; answer YES): members only. Others see attendanceCount.',
  })
  async attendance(
    @Parent() round: PeerRoundEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    const rows = await this.view.present(actor, loaders, round);
    return rows?.map((r) => ({ ...r, answer: RsvpAnswer.YES })) ?? null;
  }

  @ResolveField(() => [PeerCase], {
    nullable: true,
    description: 'CONFIDENTIAL: its cases; members on its day only, never program managers.',
  })
  cases(
    @Parent() round: PeerRoundEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.caseList(actor, loaders, round);
  }

  @ResolveField(() => PeerMinutes, {
    nullable: true,
    description: 'CONFIDENTIAL: the minutes; members on its day only, never program managers.',
  })
  minutes(
    @Parent() round: PeerRoundEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.minutes(actor, loaders, round);
  }

  @ResolveField(() => PeerFeedback, { nullable: true, description: 'The caller’s own feedback.' })
  myFeedback(
    @Parent() round: PeerRoundEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.myFeedback(actor, loaders, round);
  }
}
