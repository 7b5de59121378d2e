import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar, LocalTimeScalar } from '@zyklus/common';
import { PeerRole, PeerRoundFormat, PeerRoundStatus, RsvpAnswer } from '../peer-enums';

@ObjectType({
  description:
    'One kollegiale Runde: when, where, status and roles. Contents (cases, minutes, answers) only for the group’s members on its day.',
})
export class PeerRound {
  @Field(() => ID, { description: 'Unique id of the round.' })
  id!: string;

  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { nullable: true, description: 'The series it was planned in, if any.' })
  seriesId!: string | null;

  @Field({ description: 'Start as an instant.' })
  startsAt!: Date;

  @Field({ description: 'End as an instant.' })
  endsAt!: Date;

  @Field(() => PeerRoundFormat, { description: 'Online or in person.' })
  format!: PeerRoundFormat;

  @Field(() => String, { nullable: true, description: 'Where an in-person round happens.' })
  place!: string | null;

  @Field(() => PeerRoundStatus, { description: 'PLANNED → HELD | DID_NOT_HAPPEN | CANCELLED.' })
  status!: PeerRoundStatus;

  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancellationReason!: string | null;

  @Field(() => Int, { description: 'Raised on each change members were told about.' })
  sequence!: number;
}

@ObjectType({ description: 'The wall-clock side of a round, in the programme’s time zone.' })
export class PeerRoundTime {
  @Field(() => LocalDateScalar, { description: 'The calendar day.' })
  date!: string;

  @Field(() => LocalTimeScalar, { description: 'Start, wall-clock time.' })
  startTime!: string;

  @Field(() => LocalTimeScalar, { description: 'End, wall-clock time.' })
  endTime!: string;

  @Field({ description: 'IANA time zone, e.g. "Europe/Berlin".' })
  timeZone!: string;
}

@ObjectType({ description: 'Who holds a role in a round.' })
export class PeerRoleHolder {
  @Field(() => PeerRole, { description: 'The role.' })
  role!: PeerRole;

  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field({ description: 'The person’s name.' })
  name!: string;
}

@ObjectType({ description: 'How many members answered what (counts only).' })
export class RsvpCounts {
  @Field(() => Int, { description: 'Ja.' })
  yes!: number;

  @Field(() => Int, { description: 'Nein.' })
  no!: number;

  @Field(() => Int, { description: 'Vielleicht.' })
  maybe!: number;
}

@ObjectType({ description: 'A member’s answer; members of the round only.' })
export class PeerRsvp {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field({ description: 'The person’s name.' })
  name!: string;

  @Field(() => RsvpAnswer, { description: 'Ja, nein, vielleicht.' })
  answer!: RsvpAnswer;
}

@ObjectType({ description: 'The rounds a series made, and the days it left out.' })
export class PeerRoundSeries {
  @Field(() => ID, { description: 'The series.' })
  seriesId!: string;

  @Field(() => [PeerRound], { description: 'The rounds, in order.' })
  rounds!: PeerRound[];

  @Field(() => [LocalDateScalar], {
    description: 'Days left out because they are public holidays.',
  })
  skippedDates!: string[];
}

@ObjectType({ description: 'A member proposed for a role, and when they last held it.' })
export class RoleCandidate {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field({ description: 'The person’s name.' })
  name!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last round with this role.' })
  lastHeldOn!: string | null;

  @Field({ description: 'Whether they have a case in the queue.' })
  hasQueuedCase!: boolean;
}

@ObjectType({
  description:
    'The rotation suggestion for a round: per role the members who held it least recently first (never before first). Case givers: only members with a queued case. Assigning stays explicit.',
})
export class SuggestedRoles {
  @Field(() => [RoleCandidate], { description: 'Moderation.' })
  moderator!: RoleCandidate[];

  @Field(() => [RoleCandidate], { description: 'Fallgeber:in.' })
  caseGiver!: RoleCandidate[];

  @Field(() => [RoleCandidate], { description: 'Protokoll.' })
  secretary!: RoleCandidate[];
}
