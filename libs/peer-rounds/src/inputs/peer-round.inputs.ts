import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsLocalDate,
  IsLocalTime,
  LocalDateScalar,
  LocalTimeScalar,
  MaxChars,
  Trim,
} from '@zyklus/common';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { PeerRoundFormat, RsvpAnswer } from '../peer-enums';

@InputType({ description: 'Where and how a round happens.' })
export class PeerRoundPlaceInput {
  @Field(() => PeerRoundFormat, { description: 'Online or in person.' })
  @IsEnum(PeerRoundFormat)
  format!: PeerRoundFormat;

  @Field(() => String, { nullable: true, description: 'Place of an in-person round.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'Link of an online round (https).' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxChars(1000)
  onlineUrl?: string | null;
}

@InputType({ description: 'One round, planned on its own.' })
export class PlanPeerRoundInput extends PeerRoundPlaceInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID()
  groupId!: string;

  @Field(() => LocalDateScalar, { description: 'The day, in the programme’s time zone.' })
  @IsLocalDate()
  date!: string;

  @Field(() => LocalTimeScalar, { description: 'Start, wall-clock time.' })
  @IsLocalTime()
  startTime!: string;

  @Field(() => LocalTimeScalar, { description: 'End, wall-clock time (after the start).' })
  @IsLocalTime()
  endTime!: string;
}

@InputType({
  description:
    'A series of rounds: every N weeks from the first day at the same wall-clock time, `count` rounds or until a day (one of them; at most 52 rounds). Public holidays are left out.',
})
export class PlanPeerRoundsInput extends PeerRoundPlaceInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID()
  groupId!: string;

  @Field(() => LocalDateScalar, { description: 'The first round’s day.' })
  @IsLocalDate()
  firstDate!: string;

  @Field(() => LocalTimeScalar, { description: 'Start, wall-clock time (stays across DST).' })
  @IsLocalTime()
  startTime!: string;

  @Field(() => LocalTimeScalar, { description: 'End, wall-clock time.' })
  @IsLocalTime()
  endTime!: string;

  @Field(() => Int, { description: 'Every N weeks (1–12).' })
  @IsInt()
  @Min(1)
  @Max(12)
  everyWeeks!: number;

  @Field(() => Int, { nullable: true, description: 'How many rounds (1–52).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  count?: number | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The last possible day.' })
  @IsOptional()
  @IsLocalDate()
  until?: string | null;
}

@InputType({ description: 'A round moves: new day and times, optionally new place or link.' })
export class MovePeerRoundInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;

  @Field(() => LocalDateScalar, { description: 'The new day.' })
  @IsLocalDate()
  date!: string;

  @Field(() => LocalTimeScalar, { description: 'Start, wall-clock time.' })
  @IsLocalTime()
  startTime!: string;

  @Field(() => LocalTimeScalar, { description: 'End, wall-clock time.' })
  @IsLocalTime()
  endTime!: string;
}

@InputType({ description: 'A round is called off; its cases go back to the queue.' })
export class CancelPeerRoundInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;

  @Field({ description: 'Why (1–1000 characters); members read it.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  reason!: string;
}

@InputType({ description: 'Explicit roles for a round (replacing the previous ones).' })
export class AssignPeerRolesInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;

  @Field(() => ID, { nullable: true, description: 'Moderation.' })
  @IsOptional()
  @IsUUID()
  moderatorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Protokoll.' })
  @IsOptional()
  @IsUUID()
  secretaryId?: string | null;

  @Field(() => [ID], { description: 'Fallgeber:innen (zero or more).' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(9)
  caseGiverIds!: string[];
}

@InputType({ description: 'A member’s answer to a round.' })
export class RespondToPeerRoundInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;

  @Field(() => RsvpAnswer, { description: 'Ja, nein, vielleicht.' })
  @IsEnum(RsvpAnswer)
  answer!: RsvpAnswer;
}

@InputType({ description: 'After the round: whether it was held and who was there (bulk).' })
export class RecordPeerAttendanceInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;

  @Field({ description: 'True: HELD; false: DID_NOT_HAPPEN (cases return to the queue).' })
  @IsBoolean()
  held!: boolean;

  @Field(() => [ID], { description: 'The members who were there.' })
  @IsUUID('all', { each: true })
  @ArrayMaxSize(50)
  presentPersonIds!: string[];
}
