import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { PeerFeedbackService } from '../feedback/peer-feedback.service';
import {
  GivePeerFeedbackInput,
  ProposePeerCaseInput,
  SchedulePeerCaseInput,
  WritePeerMinutesInput,
} from '../inputs/peer-case.inputs';
import { PeerMinutesService } from '../minutes/peer-minutes.service';
import { PeerCase, PeerFeedback, PeerMinutes, THIRD_PARTY_WARNING } from './peer-case.model';
import { PeerCaseService } from './peer-case.service';

@Resolver(() => PeerCase)
export class PeerCaseResolver {
  constructor(
    private readonly cases: PeerCaseService,
    private readonly minutes: PeerMinutesService,
    private readonly feedback: PeerFeedbackService,
  ) {}

  @Query(() => String, {
    description: 'The warning shown with a case text: do not name third parties.',
  })
  peerCaseTextWarning(@CurrentActor() actor: Actor) {
    return THIRD_PARTY_WARNING[actor.language];
  }

  @Mutation(() => PeerCase, { description: 'A current member proposes a case (QUEUED).' })
  proposePeerCase(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The group, title, key question and optional text.' })
    input: ProposePeerCaseInput,
  ) {
    return this.cases.propose(actor, input);
  }

  @Mutation(() => PeerCase, {
    description: 'The round’s moderator or the case giver schedules a queued case.',
  })
  schedulePeerCase(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The case and the round.' }) input: SchedulePeerCaseInput,
  ) {
    return this.cases.schedule(actor, input);
  }

  @Mutation(() => PeerCase, { description: 'The case giver withdraws their case.' })
  withdrawPeerCase(
    @CurrentActor() actor: Actor,
    @Args('caseId', { type: () => ID, description: 'The case.' }, ParseIdPipe) caseId: string,
  ) {
    return this.cases.withdraw(actor, caseId);
  }

  @Mutation(() => PeerMinutes, {
    description: 'The secretary (or any member of the round) writes the minutes.',
  })
  writePeerRoundMinutes(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round and the text.' }) input: WritePeerMinutesInput,
  ) {
    return this.minutes.write(actor, input);
  }

  @Mutation(() => PeerFeedback, { description: 'Feedback on a held round, once per member.' })
  givePeerRoundFeedback(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The round, the rating and a reflection.' })
    input: GivePeerFeedbackInput,
  ) {
    return this.feedback.give(actor, input);
  }
}
