import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, MaxChars, OptionalNotNull, Trim } from '@zyklus/common';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, Min } from 'class-validator';

@InputType({
  description:
    'Changes to a cohort; fields left out stay as they are. Status changes go through changeCohortStatus.',
})
export class UpdateCohortInput {
  @Field(() => ID, { description: 'The cohort to change.' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'New number (unique within the programme).' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(1000)
  number?: number;

  @Field({ nullable: true, description: 'New title (1–200 characters).' })
  @OptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New first day.' })
  @OptionalNotNull()
  @IsLocalDate()
  startDate?: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'New last day.' })
  @OptionalNotNull()
  @IsLocalDate()
  endDate?: string;

  @Field(() => Int, { nullable: true, description: 'New capacity (1–1000).' })
  @OptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity?: number;
}
