import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@zyklus/identity';
import {
  CancelBuddySessionInput,
  PlanBuddySessionInput,
  RecordBuddySessionOutcomeInput,
  RescheduleBuddySessionInput,
  SetBuddySessionNotesInput,
} from './inputs/session.inputs';
import { BuddySession } from './session.model';
import { SessionService } from './session.service';

@Resolver(() => BuddySession)
export class SessionResolver {
  constructor(private readonly sessions: SessionService) {}

  @Mutation(() => BuddySession, {
    description:
      'One of an active pair plans a session; the other gets an invitation with an .ics. BAD_USER_INPUT (ENDS_BEFORE_START) on endsAt if it ends before it starts.',
  })
  planBuddySession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session.' }) input: PlanBuddySessionInput,
  ) {
    return this.sessions.plan(actor, input);
  }

  @Mutation(() => BuddySession, {
    description: 'Moves or changes a planned session; the other is told what changed.',
  })
  rescheduleBuddySession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and what changes.' })
    input: RescheduleBuddySessionInput,
  ) {
    return this.sessions.reschedule(actor, input);
  }

  @Mutation(() => BuddySession, {
    description: 'Cancels a planned session; the other gets a cancellation.',
  })
  cancelBuddySession(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and why.' }) input: CancelBuddySessionInput,
  ) {
    return this.sessions.cancel(actor, input);
  }

  @Mutation(() => BuddySession, {
    description: 'Marks a session HELD or DID_NOT_HAPPEN after its start, optionally with notes.',
  })
  recordBuddySessionOutcome(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and what happened.' })
    input: RecordBuddySessionOutcomeInput,
  ) {
    return this.sessions.recordOutcome(actor, input);
  }

  @Mutation(() => BuddySession, {
    description:
      "Writes the pair's notes on a session. FORBIDDEN for anyone outside the pair, program managers included (NOTES_PAIR_ONLY).",
  })
  setBuddySessionNotes(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The session and the notes.' }) input: SetBuddySessionNotesInput,
  ) {
    return this.sessions.setNotes(actor, input);
  }
}
