import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Bundesland } from '@zyklus/cohorts';
import { Person, type PersonView } from '@zyklus/identity';
import { BuddyTopic } from '../buddy-enums';
import { ScoreReasonModel } from './score-reason.model';

@ObjectType({
  description: 'A buddy ranked for one new coordinator, with the reasons of the score.',
})
export class BuddyCandidate {
  @Field(() => Person, { description: 'The buddy (an alumnus).' })
  buddy!: PersonView;

  @Field(() => String, { nullable: true, description: 'The network the buddy coordinated last.' })
  networkName!: string | null;

  @Field(() => Int, { description: "The matching score: the sum of the reasons' points." })
  score!: number;

  @Field(() => [ScoreReasonModel], { description: 'The reasons of the score.' })
  reasons!: ScoreReasonModel[];

  @Field(() => Int, { description: 'Active pairings the buddy can have at once (0–3).' })
  capacity!: number;

  @Field(() => Int, { description: 'ACTIVE and PAUSED pairings now.' })
  load!: number;

  @Field(() => Int, { description: 'Places left after current and proposed pairings.' })
  free!: number;
}

@ObjectType({ description: 'A new coordinator without a pairing and the buddies ranked for them.' })
export class NewcomerSuggestions {
  @Field(() => Person, { description: 'The new coordinator.' })
  newCoordinator!: PersonView;

  @Field({ description: "The new coordinator's network in the cohort." })
  networkName!: string;

  @Field(() => Bundesland, { description: "The network's Bundesland." })
  bundesland!: Bundesland;

  @Field(() => [BuddyTopic], { description: 'Topics they wish help with.' })
  topics!: BuddyTopic[];

  @Field(() => [BuddyCandidate], {
    description: 'Buddies with a free place, best first (at most 10).',
  })
  candidates!: BuddyCandidate[];
}

@ObjectType({ description: 'One pair of the proposed assignment.' })
export class ProposedPair {
  @Field(() => Person, { description: 'The new coordinator.' })
  newCoordinator!: PersonView;

  @Field(() => Person, { description: 'The buddy (an alumnus).' })
  buddy!: PersonView;

  @Field(() => Int, { description: "The matching score: the sum of the reasons' points." })
  score!: number;

  @Field(() => [ScoreReasonModel], { description: 'The reasons of the score.' })
  reasons!: ScoreReasonModel[];
}

@ObjectType({
  description:
    "Matching for a cohort: the ranked buddies for each new coordinator without a pairing, and a proposed assignment of the whole cohort that maximises the total score within the buddies' free places (Munkres/Hungarian algorithm). Nothing is stored until a program manager proposes pairings.",
})
export class BuddySuggestions {
  @Field(() => ID, { description: 'The cohort (Qualifizierungsdurchgang).' })
  cohortId!: string;

  @Field(() => [NewcomerSuggestions], {
    description: 'Each new coordinator without a pairing, by network.',
  })
  newcomers!: NewcomerSuggestions[];

  @Field(() => [ProposedPair], { description: 'The proposed assignment.' })
  proposal!: ProposedPair[];

  @Field(() => Int, { description: 'Total score of the proposed assignment.' })
  totalScore!: number;

  @Field(() => Int, {
    description:
      'Total score a greedy choice (each new coordinator in turn takes the best free buddy) would reach, for comparison.',
  })
  greedyScore!: number;
}
