import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Loaders, ParseIdPipe, RequestLoaders } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { PairingStatus } from '../buddy-enums';
import { BuddyFeedback } from '../feedback/feedback.model';
import { FeedbackService } from '../feedback/feedback.service';
import { BuddyGoal } from '../goal/goal.model';
import { BuddySession } from '../session/session.model';
import { sessionView } from '../session/session-view';
import {
  DeclineBuddyPairingInput,
  EndBuddyPairingInput,
  PauseBuddyPairingInput,
  ProposeBuddyPairingsInput,
} from './inputs/pairing.inputs';
import { GoalsByPairingLoader, SessionsByPairingLoader } from './pairing-children.loaders';
import { PairingLifecycleService } from './pairing-lifecycle.service';
import { BuddyPairing } from './pairing.model';
import { PairingProposalService } from './pairing-proposal.service';
import { PairingQueryService } from './pairing-query.service';
import { pairingView } from './pairing-view';

const facts = (pairing: BuddyPairing) => ({
  newCoordinatorId: pairing.newCoordinator.id,
  buddyId: pairing.buddy.id,
  status: pairing.status,
});

const ID_ARG = { type: () => ID, description: 'The pairing.' };

@Resolver(() => BuddyPairing)
export class PairingResolver {
  constructor(
    private readonly query: PairingQueryService,
    private readonly proposals: PairingProposalService,
    private readonly lifecycle: PairingLifecycleService,
    private readonly feedback: FeedbackService,
    private readonly sessionsByPairing: SessionsByPairingLoader,
    private readonly goalsByPairing: GoalsByPairingLoader,
  ) {}

  @Query(() => [BuddyPairing], {
    description:
      "A cohort's pairings, newest first, optionally in one status (program managers): with sessions held, the last one's date and open problem reports, never notes.",
  })
  async buddyPairings(
    @CurrentActor() actor: Actor,
    @Args('cohortId', { type: () => ID, description: 'The cohort.' }, ParseIdPipe) cohortId: string,
    @Args('status', { type: () => PairingStatus, nullable: true, description: 'Only this status.' })
    status: PairingStatus | null,
  ) {
    return (await this.query.ofCohort(actor, cohortId, status)).map((r) => pairingView(actor, r));
  }

  @Query(() => [BuddyPairing], {
    description:
      "The signed-in person's pairings, as new coordinator or as buddy, newest first, history included (Mein Tandem).",
  })
  async myBuddyPairings(@CurrentActor() actor: Actor) {
    return (await this.query.mine(actor)).map((r) => pairingView(actor, r));
  }

  @Query(() => BuddyPairing, {
    description:
      'One pairing: the pair and program managers (FORBIDDEN for anyone else, whether or not it exists).',
  })
  async buddyPairing(@CurrentActor() actor: Actor, @Args('id', ID_ARG, ParseIdPipe) id: string) {
    return pairingView(actor, await this.query.one(actor, id));
  }

  @Mutation(() => [BuddyPairing], {
    description:
      'Proposes pairings in one cohort, one or many, all or none (program managers); both people are mailed with a link to answer.',
  })
  async proposeBuddyPairings(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The cohort and the pairs.' }) input: ProposeBuddyPairingsInput,
  ) {
    return (await this.proposals.propose(actor, input)).map((r) => pairingView(actor, r));
  }

  @Mutation(() => BuddyPairing, {
    description:
      'One of the pair accepts a proposal; when both have, it becomes ACTIVE (CONFLICT BEYOND_CAPACITY if the buddy has no room left).',
  })
  async acceptBuddyPairing(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG, ParseIdPipe) id: string,
  ) {
    return pairingView(actor, await this.lifecycle.accept(actor, id));
  }

  @Mutation(() => BuddyPairing, {
    description: 'One of the pair declines a proposal, with a reason.',
  })
  async declineBuddyPairing(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The pairing and why.' }) input: DeclineBuddyPairingInput,
  ) {
    return pairingView(actor, await this.lifecycle.decline(actor, input));
  }

  @Mutation(() => BuddyPairing, { description: 'A program manager withdraws a proposal.' })
  async withdrawBuddyPairing(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG, ParseIdPipe) id: string,
  ) {
    return pairingView(actor, await this.lifecycle.withdraw(actor, id));
  }

  @Mutation(() => BuddyPairing, { description: 'Pauses an active pairing until a day.' })
  async pauseBuddyPairing(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The pairing and the last day of the pause.' })
    input: PauseBuddyPairingInput,
  ) {
    return pairingView(actor, await this.lifecycle.pause(actor, input));
  }

  @Mutation(() => BuddyPairing, { description: 'Resumes a paused pairing.' })
  async resumeBuddyPairing(
    @CurrentActor() actor: Actor,
    @Args('id', ID_ARG, ParseIdPipe) id: string,
  ) {
    return pairingView(actor, await this.lifecycle.resume(actor, id));
  }

  @Mutation(() => BuddyPairing, {
    description:
      'Ends an active or paused pairing with a reason (either of the pair, or a program manager).',
  })
  async endBuddyPairing(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The pairing, the reason and a note.' })
    input: EndBuddyPairingInput,
  ) {
    return pairingView(actor, await this.lifecycle.end(actor, input));
  }

  @ResolveField(() => [BuddySession], {
    description: 'Sessions, by start: notes and link only for the pair.',
  })
  async sessions(
    @CurrentActor() actor: Actor,
    @Parent() pairing: BuddyPairing,
    @Loaders() loaders: RequestLoaders,
  ) {
    const rows = await loaders.for(this.sessionsByPairing).load(pairing.id);
    return rows.map((row) => sessionView(actor, facts(pairing), row));
  }

  @ResolveField(() => [BuddyGoal], { description: 'Goals of the pair, oldest first.' })
  goals(@Parent() pairing: BuddyPairing, @Loaders() loaders: RequestLoaders) {
    return loaders.for(this.goalsByPairing).load(pairing.id);
  }

  @ResolveField(() => BuddyFeedback, {
    nullable: true,
    description:
      "The viewer's own feedback on this pairing (null if none, or not one of the pair).",
  })
  myFeedback(@CurrentActor() actor: Actor, @Parent() pairing: BuddyPairing) {
    return pairing.mySide ? this.feedback.mine(actor, pairing.id) : null;
  }
}
