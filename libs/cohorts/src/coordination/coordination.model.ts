import { Field, ID, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@zyklus/common';

@ObjectType({
  description:
    'A period in which a person coordinated a network (Netzwerkkoordination). The history of a network is a sequence of these.',
})
export class Coordination {
  @Field(() => ID, { description: 'Identifies the coordination period.' })
  id!: string;

  @Field(() => LocalDateScalar, { description: 'First day as coordinator.' })
  startDate!: string;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Last day as coordinator; null while the person still coordinates the network.',
  })
  endDate!: string | null;
}
