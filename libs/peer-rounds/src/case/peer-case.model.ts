import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PeerCaseStatus } from '../peer-enums';

@ObjectType({
  description:
    'A case (Fall) a member brings: the group’s alone. Program managers never see it. The text must not name third parties.',
})
export class PeerCase {
  @Field(() => ID, { description: 'Unique id of the case.' })
  id!: string;

  @Field(() => ID, { description: 'The group.' })
  groupId!: string;

  @Field(() => ID, { description: 'The case giver (Fallgeber:in).' })
  proposerId!: string;

  @Field({ description: 'Short title.' })
  title!: string;

  @Field({ description: 'The key question (Schlüsselfrage).' })
  keyQuestion!: string;

  @Field(() => String, { nullable: true, description: 'Optional background text.' })
  text!: string | null;

  @Field(() => PeerCaseStatus, { description: 'QUEUED → SCHEDULED → DISCUSSED | WITHDRAWN.' })
  status!: PeerCaseStatus;

  @Field(() => ID, { nullable: true, description: 'The round it is scheduled for.' })
  roundId!: string | null;
}

@ObjectType({ description: 'The minutes (Protokoll) of a round: the group’s alone.' })
export class PeerMinutes {
  @Field({ description: 'The text.' })
  text!: string;

  @Field(() => ID, { description: 'Who wrote them last.' })
  writtenById!: string;

  @Field({ description: 'When they were last written.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'The caller’s own feedback on a held round.' })
export class PeerFeedback {
  @Field(() => Int, { description: '1 (poor) to 5 (very good).' })
  rating!: number;

  @Field(() => String, { nullable: true, description: 'The caller’s reflection.' })
  reflection!: string | null;
}

export const THIRD_PARTY_WARNING = {
  de: 'Bitte nennen Sie keine Dritten beim Namen: beschreiben Sie Personen so, dass niemand sie erkennen kann.',
  en: 'Please do not name third parties: describe people so that nobody can recognise them.',
};
