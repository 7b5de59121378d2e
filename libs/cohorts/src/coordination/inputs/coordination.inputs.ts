import { Field, ID, InputType } from '@nestjs/graphql';
import { IsLocalDate, LocalDateScalar } from '@zyklus/common';
import { IsUUID } from 'class-validator';

@InputType({
  description:
    'A person takes over the coordination of a network from a date; the previous coordinator’s period ends the day before.',
})
export class SetNetworkCoordinatorInput {
  @Field(() => ID, { description: 'The network (Netzwerk) that gets a new coordinator.' })
  @IsUUID()
  networkId!: string;

  @Field(() => ID, { description: 'The new coordinator (invite them first if they are new).' })
  @IsUUID()
  personId!: string;

  @Field(() => LocalDateScalar, { description: 'First day as coordinator.' })
  @IsLocalDate()
  startDate!: string;
}

@InputType({ description: 'The current coordinator leaves and no successor is known yet.' })
export class EndNetworkCoordinationInput {
  @Field(() => ID, { description: 'The network whose current coordinator leaves.' })
  @IsUUID()
  networkId!: string;

  @Field(() => LocalDateScalar, { description: 'Last day as coordinator.' })
  @IsLocalDate()
  endDate!: string;
}
