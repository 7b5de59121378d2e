import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PairingSide, SessionFormat, SessionStatus } from '../buddy-enums';

@ObjectType('BuddySession', {
  description:
    "A buddy session (Buddy-Treffen) the pair arranges. Program managers see it without notes; notes are the pair's alone.",
})
export class BuddySession {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  pairingId!: string;

  @Field({ description: 'Start (an instant).' })
  startsAt!: Date;

  @Field({ description: 'End (an instant).' })
  endsAt!: Date;

  @Field(() => SessionFormat, { description: 'Online, in person or by phone.' })
  format!: SessionFormat;

  @Field(() => String, { nullable: true, description: 'Where they meet (in person).' })
  place!: string | null;

  @Field(() => String, { nullable: true, description: 'The link; the pair alone sees it.' })
  onlineUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'What they want to talk about.' })
  topic!: string | null;

  @Field(() => SessionStatus, { description: 'Where it stands.' })
  status!: SessionStatus;

  @Field(() => Int, { description: 'Raised with every change the other one was told about.' })
  sequence!: number;

  @Field(() => PairingSide, { description: 'Who planned it.' })
  plannedBy!: PairingSide;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Notes of the pair: null for everyone else, program managers included.',
  })
  notes!: string | null;
}
