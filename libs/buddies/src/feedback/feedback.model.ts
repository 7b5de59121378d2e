import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { MaxChars, Trim } from '@zyklus/common';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

@InputType({ description: "One side's feedback when a pairing has ended." })
export class GiveBuddyFeedbackInput {
  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  @IsUUID()
  pairingId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (very good).' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field({ nullable: true, description: 'Up to 2000 characters.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxChars(2000)
  text?: string;
}

@ObjectType('BuddyFeedback', { description: 'Feedback one person gave on their pairing.' })
export class BuddyFeedback {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  pairingId!: string;

  @Field(() => Int, { description: '1 (poor) to 5 (very good).' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'The text.' })
  text!: string | null;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;
}

@ObjectType({
  description:
    "Feedback of a cohort's pairings for program managers, not attributed to anyone: how many, the average, the ratings and the comments.",
})
export class BuddyFeedbackSummary {
  @Field(() => ID, { description: 'The cohort (Qualifizierungsdurchgang).' })
  cohortId!: string;

  @Field(() => Int, { description: 'How many gave feedback.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Average rating (null without feedback).' })
  averageRating!: number | null;

  @Field(() => [Int], { description: 'How many gave 1, 2, 3, 4 and 5.' })
  ratings!: number[];

  @Field(() => [String], { description: 'The comments, oldest first, without names.' })
  comments!: string[];
}
