import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { MaxChars, Trim } from '@zyklus/common';
import { IsEnum, IsNotEmpty, IsString, IsUUID } from 'class-validator';
import { GoalStatus } from '../buddy-enums';

@ObjectType('BuddyGoal', { description: 'What a pair wants to reach together (Tandem-Ziel).' })
export class BuddyGoal {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  pairingId!: string;

  @Field({ description: 'The text.' })
  text!: string;

  @Field(() => GoalStatus, { description: 'Where it stands.' })
  status!: GoalStatus;

  @Field(() => Date, { nullable: true, description: 'When it was marked done.' })
  doneAt!: Date | null;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;
}

@InputType({ description: 'A new goal of a pair.' })
export class AddBuddyGoalInput {
  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  @IsUUID()
  pairingId!: string;

  @Field({ description: '1–500 characters.' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(500)
  text!: string;
}

@InputType({ description: 'Marks a goal open or done.' })
export class SetBuddyGoalStatusInput {
  @Field(() => ID, { description: 'Unique id.' })
  @IsUUID()
  id!: string;

  @Field(() => GoalStatus, { description: 'Where it stands.' })
  @IsEnum(GoalStatus)
  status!: GoalStatus;
}
