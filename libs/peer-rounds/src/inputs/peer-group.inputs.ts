import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, MaxChars, Trim } from '@zyklus/common';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PeerGroupMethod, PeerGroupStatus } from '../peer-enums';

@InputType({ description: 'A member of a new group.' })
export class PeerMemberInput {
  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  personId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'First day; default today.' })
  @IsOptional()
  @IsLocalDate()
  fromDate?: string | null;
}

@InputType({ description: 'A new peer group, formed by a program manager.' })
export class FormPeerGroupInput {
  @Field(() => ID, { description: 'The programme.' })
  @IsUUID()
  programmeId!: string;

  @Field({ description: 'The group’s name (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  name!: string;

  @Field(() => PeerGroupMethod, { description: 'How the group works.' })
  @IsEnum(PeerGroupMethod)
  method!: PeerGroupMethod;

  @Field(() => [ID], { description: 'The cohorts it draws from (one or several).' })
  @IsUUID('all', { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  cohortIds!: string[];

  @Field(() => [PeerMemberInput], {
    description: 'The first members (3–9 recommended; outside that range the group warns).',
  })
  @ValidateNested({ each: true })
  @Type(() => PeerMemberInput)
  @ArrayMaxSize(50)
  members!: PeerMemberInput[];
}

@InputType({ description: 'A person joins a group.' })
export class AddPeerGroupMemberInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID()
  groupId!: string;

  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  personId!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'First day; default today. Only rounds from this day on are theirs.',
  })
  @IsOptional()
  @IsLocalDate()
  fromDate?: string | null;
}

@InputType({ description: 'A member leaves a group; their history stays.' })
export class EndPeerGroupMembershipInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID()
  groupId!: string;

  @Field(() => ID, { description: 'The person.' })
  @IsUUID()
  personId!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; default today.' })
  @IsOptional()
  @IsLocalDate()
  toDate?: string | null;
}

@InputType({ description: 'A group’s next status.' })
export class ChangePeerGroupStatusInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID()
  groupId!: string;

  @Field(() => PeerGroupStatus, { description: 'ACTIVE or ENDED.' })
  @IsEnum(PeerGroupStatus)
  status!: PeerGroupStatus;
}

@InputType({ description: 'What peerGroupSuggestions should propose.' })
export class PeerGroupSuggestionsInput {
  @Field(() => ID, { description: 'The cohort whose coordinators are grouped.' })
  @IsUUID()
  cohortId!: string;

  @Field(() => Int, { description: 'Members per group (3–9).' })
  @IsInt()
  @Min(3)
  @Max(9)
  size!: number;
}
