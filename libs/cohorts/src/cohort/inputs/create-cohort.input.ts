import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar, MaxChars, Trim } from '@zyklus/common';
import { IsInt, IsNotEmpty, IsString, IsUUID, Max, Min } from 'class-validator';

@InputType({ description: 'A new cohort; it starts as PLANNED.' })
export class CreateCohortInput {
  @Field(() => ID, { description: 'The programme the cohort belongs to.' })
  @IsUUID()
  programmeId!: string;

  @Field(() => Int, { description: 'Number within the programme (unique there, at least 1).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  number!: number;

  @Field({ description: 'Title, e.g. "6. Qualifizierungsdurchgang" (1–200 characters).' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxChars(200)
  title!: string;

  @Field(() => LocalDateScalar, { description: 'First day.' })
  @IsLocalDate()
  startDate!: string;

  @Field(() => LocalDateScalar, { description: 'Last day; not before the first day.' })
  @IsLocalDate()
  endDate!: string;

  @Field(() => Int, { description: 'How many networks can take part (1–1000).' })
  @IsInt()
  @Min(1)
  @Max(1000)
  capacity!: number;
}
