import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Cohort } from '@zyklus/cohorts';
import { Loaders, ParseIdPipe, ParseOptionalIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { PeerCase } from '../case/peer-case.model';
import {
  AddPeerGroupMemberInput,
  ChangePeerGroupStatusInput,
  EndPeerGroupMembershipInput,
  FormPeerGroupInput,
  PeerGroupSuggestionsInput,
} from '../inputs/peer-group.inputs';
import { PeerRound } from '../round/peer-round.model';
import { PeerGroupView } from './peer-group-view';
import { PeerGroupEntity } from './peer-group.entity';
import { PeerGroup, PeerGroupMember, PeerGroupSuggestion } from './peer-group.model';
import { PeerGroupService } from './peer-group.service';

@Resolver(() => PeerGroup)
export class PeerGroupResolver {
  constructor(
    private readonly groups: PeerGroupService,
    private readonly view: PeerGroupView,
  ) {}

  @Query(() => [PeerGroup], {
    description: 'The peer groups the caller is or was a member of (Meine Runden).',
  })
  myPeerGroups(@CurrentActor() actor: Actor) {
    return this.groups.mine(actor);
  }

  @Query(() => [PeerGroup], {
    description:
      'Program managers: all peer groups (of one programme), with members, dates, roles and attendance counts — never cases or minutes.',
  })
  peerGroups(
    @CurrentActor() actor: Actor,
    @Args(
      'programmeId',
      { type: () => ID, nullable: true, description: 'Only this programme’s groups.' },
      ParseOptionalIdPipe,
    )
    programmeId: string | null,
  ) {
    return this.groups.list(actor, programmeId);
  }

  @Query(() => PeerGroup, {
    description: 'One peer group: program managers and (former) members; NOT_FOUND for others.',
  })
  peerGroup(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID, description: 'The group.' }, ParseIdPipe) id: string,
  ) {
    return this.groups.get(actor, id);
  }

  @Query(() => [PeerGroupSuggestion], {
    description:
      'Program managers: proposed groups of a cohort’s coordinators that mix networks and Bundesländer (sorted by Bundesland, dealt out in turn).',
  })
  peerGroupSuggestions(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cohort and the group size.' })
    input: PeerGroupSuggestionsInput,
  ) {
    return this.view.suggestions(actor, input);
  }

  @Mutation(() => PeerGroup, { description: 'Program managers form a group (FORMING).' })
  formPeerGroup(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The group: programme, name, method, cohorts, first members.' })
    input: FormPeerGroupInput,
  ) {
    return this.groups.form(actor, input);
  }

  @Mutation(() => PeerGroup, {
    description: 'FORMING → ACTIVE → ENDED; ending cancels the planned rounds ahead.',
  })
  changePeerGroupStatus(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The group and its next status.' })
    input: ChangePeerGroupStatusInput,
  ) {
    return this.groups.changeStatus(actor, input);
  }

  @Mutation(() => PeerGroup, {
    description: 'A person joins (from a day); only rounds from then on are theirs.',
  })
  addPeerGroupMember(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The group, the person and their first day.' })
    input: AddPeerGroupMemberInput,
  ) {
    return this.groups.addMember(actor, input);
  }

  @Mutation(() => PeerGroup, {
    description: 'A member leaves (last day); their history stays, nothing more is sent to them.',
  })
  endPeerGroupMembership(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The group, the member and their last day.' })
    input: EndPeerGroupMembershipInput,
  ) {
    return this.groups.endMembership(actor, input);
  }

  @ResolveField(() => [Cohort], { description: 'The cohorts it draws from.' })
  cohorts(@Parent() group: PeerGroupEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.cohortsOf(loaders, group);
  }

  @ResolveField(() => [PeerGroupMember], { description: 'Members over time (names only).' })
  members(@Parent() group: PeerGroupEntity, @Loaders() loaders: RequestLoaders) {
    return this.view.membersOf(loaders, group);
  }

  @ResolveField(() => Int, { description: 'How many are members today.' })
  async memberCount(@Parent() group: PeerGroupEntity, @Loaders() loaders: RequestLoaders) {
    return (await this.view.membersOf(loaders, group)).filter((m) => m.current).length;
  }

  @ResolveField(() => [String], {
    description: 'E.g. fewer than 3 or more than 9 members (in the caller’s language).',
  })
  warnings(
    @Parent() group: PeerGroupEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.warnings(actor, loaders, group);
  }

  @ResolveField(() => [PeerRound], {
    description: 'Its rounds by start: a member sees those of the days they were a member.',
  })
  rounds(
    @Parent() group: PeerGroupEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.roundsOf(actor, loaders, group);
  }

  @ResolveField(() => PeerRound, { nullable: true, description: 'The next planned round.' })
  nextRound(
    @Parent() group: PeerGroupEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.nextRound(actor, loaders, group);
  }

  @ResolveField(() => [PeerCase], {
    nullable: true,
    description:
      'The case queue (queued and scheduled cases): current members only; null for everyone else, program managers included.',
  })
  caseQueue(
    @Parent() group: PeerGroupEntity,
    @CurrentActor() actor: Actor,
    @Loaders() loaders: RequestLoaders,
  ) {
    return this.view.caseQueue(actor, loaders, group);
  }
}
