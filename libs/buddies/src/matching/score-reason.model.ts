import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ScoreReasonCode } from './score';

registerEnumType(ScoreReasonCode, {
  name: 'ScoreReasonCode',
  description: 'Why a buddy scores for a new coordinator.',
  valuesMap: {
    SAME_BUNDESLAND: { description: "The buddy's network is in the same Bundesland." },
    TRAVELS_TO_BUNDESLAND: {
      description: "The buddy travels to the new coordinator's Bundesland.",
    },
    NEIGHBOURING_BUNDESLAND: {
      description: "The buddy's Bundesland borders the new coordinator's.",
    },
    SAME_NETWORK_KIND: { description: 'Both networks are of the same kind.' },
    SHARED_TOPICS: { description: 'Topics the new coordinator wishes and the buddy offers.' },
    LANGUAGE: { description: "The buddy speaks the new coordinator's language." },
    LOAD: { description: 'The buddy already has pairings (fewer points per pairing).' },
  },
});

@ObjectType('ScoreReason', { description: 'One reason of a matching score, with its points.' })
export class ScoreReasonModel {
  @Field(() => ScoreReasonCode, { description: 'Machine-readable reason.' })
  code!: ScoreReasonCode;

  @Field(() => Int, { description: 'Points it adds (negative for load).' })
  points!: number;

  @Field({ description: 'What it is about, e.g. "Sachsen-Anhalt" or "Förderung, Wirkungslogik".' })
  detail!: string;
}
