import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { MaxChars, Trim } from '@zyklus/common';
import { Person, type PersonView } from '@zyklus/identity';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID } from 'class-validator';

@InputType({ description: 'A problem one of the pair reports to the program managers.' })
export class ReportBuddyProblemInput {
  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  @IsUUID()
  pairingId!: string;

  @Field({ description: 'What is wrong (1–2000 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(2000)
  text!: string;

  @Field({ nullable: true, description: 'Please end the pairing.' })
  @IsOptional()
  @IsBoolean()
  pleaseEnd?: boolean;
}

@ObjectType('BuddyProblemReport', {
  description: 'A problem reported by one of a pair; program managers and the reporter see it.',
})
export class BuddyProblemReport {
  @Field(() => ID, { description: 'Unique id.' })
  id!: string;

  @Field(() => ID, { description: 'The pairing (Buddy-Tandem).' })
  pairingId!: string;

  @Field(() => Person, { description: 'Who reported it.' })
  reportedBy!: PersonView;

  @Field({ description: 'The text.' })
  text!: string;

  @Field({ description: 'The reporter asks to end the pairing.' })
  pleaseEnd!: boolean;

  @Field({ description: 'When it was written.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a program manager marked it resolved.' })
  resolvedAt!: Date | null;
}
