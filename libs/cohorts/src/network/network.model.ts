import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '@zyklus/common';
import { Bundesland } from './bundesland';
import { NetworkKind } from './network-kind';

@ObjectType({
  description:
    'A regional network (Netzwerk: MINT-Region, MINT-Cluster, zdi-Zentrum …) that takes part in cohorts through its coordinator.',
})
export class Network {
  @Field(() => ID, { description: 'Unique id of the network.' })
  id!: string;

  @Field({ description: 'Name, unique regardless of case, e.g. "MagdeMINT".' })
  name!: string;

  @Field(() => NetworkKind, { description: 'Kind of network.' })
  kind!: NetworkKind;

  @Field(() => Bundesland, { description: 'The state the network is based in.' })
  bundesland!: Bundesland;

  @Field({ description: 'City or region the network is based in.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'Website (http or https), if any.' })
  website!: string | null;

  @Field({ description: 'When the network was added.' })
  createdAt!: Date;
}

@ObjectType({ description: 'A page of networks.' })
export class NetworkConnection extends Connection(Network) {}
