import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Bundesland } from '@zyklus/cohorts';
import { Person, type PersonView } from '@zyklus/identity';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsUUID,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { BuddyTopic } from '../buddy-enums';

@ObjectType('BuddyProfile', {
  description:
    "An alumnus's offer to be a buddy (Buddy-Profil). The alumnus edits their own; program managers see all.",
})
export class BuddyProfile {
  @Field(() => Person, { description: 'The alumnus.' })
  person!: PersonView;

  @Field(() => Int, { description: 'Active pairings at once: 0 (not now) to 3.' })
  capacity!: number;

  @Field(() => [BuddyTopic], { description: 'Topics from the programme list.' })
  topics!: BuddyTopic[];

  @Field(() => [Bundesland], { description: 'Bundesländer the buddy can travel to.' })
  bundeslaender!: Bundesland[];

  @Field(() => [String], { description: 'Languages spoken (ISO 639-1: de, en, …).' })
  languages!: string[];

  @Field(() => Int, { description: 'ACTIVE and PAUSED pairings now.' })
  load!: number;

  @Field({ description: 'When it was last changed.' })
  updatedAt!: Date;
}

@InputType({ description: "An alumnus's buddy profile: all fields replace the stored ones." })
export class UpdateMyBuddyProfileInput {
  @Field(() => Int, { description: '0 (not now) to 3.' })
  @IsInt()
  @Min(0)
  @Max(3)
  capacity!: number;

  @Field(() => [BuddyTopic], { description: 'Topics from the programme list.' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEnum(BuddyTopic, { each: true })
  topics!: BuddyTopic[];

  @Field(() => [Bundesland], { description: 'Bundesländer the buddy can travel to.' })
  @ArrayMaxSize(16)
  @ArrayUnique()
  @IsEnum(Bundesland, { each: true })
  bundeslaender!: Bundesland[];

  @Field(() => [String], { description: 'ISO 639-1 codes, e.g. ["de", "en"]; at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique()
  @Matches(/^[a-z]{2}$/, { each: true })
  languages!: string[];
}

@InputType({ description: 'What a new coordinator would like a buddy to help with.' })
export class SetMyBuddyWishesInput {
  @Field(() => ID, { description: 'The cohort (Qualifizierungsdurchgang).' })
  @IsUUID()
  cohortId!: string;

  @Field(() => [BuddyTopic], { description: 'Topics from the programme list.' })
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsEnum(BuddyTopic, { each: true })
  topics!: BuddyTopic[];
}
