import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@zyklus/identity';
import {
  AssignPeerRolesInput,
  CancelPeerRoundInput,
  MovePeerRoundInput,
  PlanPeerRoundInput,
  PlanPeerRoundsInput,
  RecordPeerAttendanceInput,
  RespondToPeerRoundInput,
} from '../inputs/peer-round.inputs';
import { PeerRound, PeerRoundSeries } from './peer-round.model';
import { PeerRoundService } from './peer-round.service';
import { RoundRolesService } from './round-roles.service';
import { RsvpService } from './rsvp.service';

@Resolver()
export class PeerRoundMutationsResolver {
  constructor(
    private readonly rounds: PeerRoundService,
    private readonly roles: RoundRolesService,
    private readonly rsvp: RsvpService,
  ) {}

  @Mutation(() => PeerRound, {
    description: 'Plans one round (program managers and current members).',
  })
  planPeerRound(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The group, the day, the times and where.' })
    input: PlanPeerRoundInput,
  ) {
    return this.rounds.planOne(actor, input);
  }

  @Mutation(() => PeerRoundSeries, {
    description:
      'Plans a series: every N weeks at the same wall-clock time in the programme’s time zone (18:00 stays 18:00 across DST), count or until, at most 52; public holidays left out.',
  })
  planPeerRounds(
    @CurrentActor() actor: Actor,
    @Args('input', {
      description: 'The group, the first day, the times, the interval and count or until.',
    })
    input: PlanPeerRoundsInput,
  ) {
    return this.rounds.planSeries(actor, input);
  }

  @Mutation(() => PeerRound, {
    description: 'Moves one round; its reminders follow and members get a change notice.',
  })
  movePeerRound(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round, its new day and times.' }) input: MovePeerRoundInput,
  ) {
    return this.rounds.move(actor, input);
  }

  @Mutation(() => PeerRound, {
    description: 'Cancels one round: members get a cancellation, its cases go back to the queue.',
  })
  cancelPeerRound(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round and the reason.' }) input: CancelPeerRoundInput,
  ) {
    return this.rounds.cancel(actor, input);
  }

  @Mutation(() => PeerRound, {
    description: 'Assigns the roles explicitly (replacing them); everyone must be a member.',
  })
  assignPeerRoundRoles(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round and who holds which role.' })
    input: AssignPeerRolesInput,
  ) {
    return this.roles.assign(actor, input);
  }

  @Mutation(() => PeerRound, { description: 'A member answers yes, no or maybe.' })
  respondToPeerRound(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round and the answer.' }) input: RespondToPeerRoundInput,
  ) {
    return this.rsvp.respond(actor, input);
  }

  @Mutation(() => PeerRound, {
    description: 'After the round: held (with who was there) or did not happen (bulk).',
  })
  recordPeerRoundAttendance(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round, whether it was held, who was there.' })
    input: RecordPeerAttendanceInput,
  ) {
    return this.rounds.recordAttendance(actor, input);
  }
}
