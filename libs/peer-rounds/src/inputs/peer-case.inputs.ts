import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { MaxChars, Trim } from '@zyklus/common';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

@InputType({
  description:
    'A case a member brings to the group. Do not name third parties (describe people so nobody can recognise them).',
})
export class ProposePeerCaseInput {
  @Field(() => ID, { description: 'The group.' })
  @IsUUID()
  groupId!: string;

  @Field({ description: 'Short title (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title!: string;

  @Field({ description: 'The key question (Schlüsselfrage, 1–1000 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(1000)
  keyQuestion!: string;

  @Field(() => String, { nullable: true, description: 'Optional background (up to 10000).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(10000)
  text?: string | null;
}

@InputType({ description: 'A queued case is scheduled for a planned, future round.' })
export class SchedulePeerCaseInput {
  @Field(() => ID, { description: 'The case.' })
  @IsUUID()
  caseId!: string;

  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;
}

@InputType({ description: 'The minutes of a round (replacing earlier ones).' })
export class WritePeerMinutesInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;

  @Field({ description: 'The text (1–50000 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(50000)
  text!: string;
}

@InputType({ description: 'Feedback on a held round: once per member.' })
export class GivePeerFeedbackInput {
  @Field(() => ID, { description: 'The round.' })
  @IsUUID()
  roundId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (very good).' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field(() => String, { nullable: true, description: 'A reflection (up to 5000).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(5000)
  reflection?: string | null;
}
