import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@zyklus/common';
import { Person, type PersonView } from '@zyklus/identity';
import { PairingEndReason, PairingSide, PairingStatus } from '../buddy-enums';
import { ScoreReasonModel } from '../matching/score-reason.model';

@ObjectType('BuddyPairing', {
  description:
    "A buddy pairing (Buddy-Tandem): a new coordinator of a cohort and a buddy, an alumnus of an earlier cohort. Program managers and the two people see it; each sees the other's email only while it is ACTIVE or PAUSED.",
})
export class BuddyPairing {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => ID, { description: 'The cohort (Qualifizierungsdurchgang) of the new coordinator.' })
  cohortId!: string;

  @Field(() => Int, { description: 'The cohort number.' })
  cohortNumber!: number;

  @Field({
    description:
      "The programme's time zone (IANA, e.g. Europe/Berlin): session times are shown and entered in it.",
  })
  timeZone!: string;

  @Field(() => PairingStatus, { description: 'Where it stands.' })
  status!: PairingStatus;

  @Field(() => Person, { description: 'The new coordinator (neue Netzwerkkoordinator:in).' })
  newCoordinator!: PersonView;

  @Field(() => String, {
    nullable: true,
    description: "The new coordinator's network in the cohort.",
  })
  networkName!: string | null;

  @Field(() => Person, { description: 'The buddy (Alumni).' })
  buddy!: PersonView;

  @Field(() => PairingSide, {
    nullable: true,
    description: 'Which side the viewer is on; null for program managers.',
  })
  mySide!: PairingSide | null;

  @Field(() => Int, { description: 'The matching score when it was proposed.' })
  score!: number;

  @Field(() => [ScoreReasonModel], { description: 'The reasons of that score.' })
  reasons!: ScoreReasonModel[];

  @Field({ description: 'When a program manager proposed it.' })
  proposedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the new coordinator accepted.' })
  newCoordinatorAcceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the buddy accepted.' })
  buddyAcceptedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When both had accepted (ACTIVE since).' })
  activatedAt!: Date | null;

  @Field(() => PairingSide, { nullable: true, description: 'Who declined.' })
  declinedBy!: PairingSide | null;

  @Field(() => Date, { nullable: true, description: 'When it was declined.' })
  declinedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined.' })
  declineReason!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a program manager withdrew it.' })
  withdrawnAt!: Date | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'While PAUSED: the last day of the pause.',
  })
  pausedUntil!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it ended.' })
  endedAt!: Date | null;

  @Field(() => PairingEndReason, { nullable: true, description: 'Why it ended.' })
  endReason!: PairingEndReason | null;

  @Field(() => String, { nullable: true, description: 'A note on why it ended.' })
  endNote!: string | null;

  @Field(() => Int, { description: 'Sessions marked HELD.' })
  sessionsHeld!: number;

  @Field(() => Date, { nullable: true, description: 'Start of the last session held.' })
  lastSessionHeldAt!: Date | null;

  @Field(() => Int, { description: 'Problem reports not yet resolved.' })
  openProblemReports!: number;
}
