import { Field, ID, InputType } from '@nestjs/graphql';
import { MaxChars, OptionalNotNull, Trim } from '@zyklus/common';
import { IsDate, IsEnum, IsOptional, IsString, IsUrl, IsUUID } from 'class-validator';
import { SessionFormat, SessionOutcome } from '../../buddy-enums';

const URL_OPTIONS = { protocols: ['http', 'https'], require_protocol: true };

@InputType({ description: 'A session one of the pair plans; the other gets an invitation.' })
export class PlanBuddySessionInput {
  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  @IsUUID()
  pairingId!: string;

  @Field({ description: 'Start (an instant, e.g. 2026-12-10T17:00:00+01:00).' })
  @IsDate()
  startsAt!: Date;

  @Field({ description: 'End, after the start.' })
  @IsDate()
  endsAt!: Date;

  @Field(() => SessionFormat, { description: 'Online, in person or by phone.' })
  @IsEnum(SessionFormat)
  format!: SessionFormat;

  @Field({ nullable: true, description: 'Where they meet (in person).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(300)
  place?: string;

  @Field({ nullable: true, description: 'The link (online).' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxChars(500)
  onlineUrl?: string;

  @Field({ nullable: true, description: 'What they want to talk about.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(300)
  topic?: string;
}

@InputType({ description: 'Moving or changing a planned session; fields left out stay.' })
export class RescheduleBuddySessionInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'Start (an instant).' })
  @OptionalNotNull()
  @IsDate()
  startsAt?: Date;

  @Field({ nullable: true, description: 'End (an instant).' })
  @OptionalNotNull()
  @IsDate()
  endsAt?: Date;

  @Field(() => SessionFormat, { nullable: true, description: 'Online, in person or by phone.' })
  @OptionalNotNull()
  @IsEnum(SessionFormat)
  format?: SessionFormat;

  @Field(() => String, { nullable: true, description: 'null removes it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(300)
  place?: string | null;

  @Field(() => String, { nullable: true, description: 'null removes it.' })
  @IsOptional()
  @IsUrl(URL_OPTIONS)
  @MaxChars(500)
  onlineUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'What they want to talk about.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(300)
  topic?: string | null;
}

@InputType({ description: 'Cancelling a planned session; the other gets a cancellation.' })
export class CancelBuddySessionInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field({ nullable: true, description: 'Why.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(1000)
  reason?: string;
}

@InputType({ description: 'Whether a session took place, marked after its start.' })
export class RecordBuddySessionOutcomeInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field(() => SessionOutcome, { description: 'HELD or DID_NOT_HAPPEN.' })
  @IsEnum(SessionOutcome)
  outcome!: SessionOutcome;

  @Field({ nullable: true, description: 'Notes: the pair alone reads them.' })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  notes?: string;
}

@InputType({ description: "The pair's notes on a session (only the two of them read them)." })
export class SetBuddySessionNotesInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field(() => String, { nullable: true, description: 'null removes them.' })
  @IsOptional()
  @IsString()
  @MaxChars(5000)
  notes!: string | null;
}
