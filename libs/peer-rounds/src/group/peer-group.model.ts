import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Bundesland } from '@zyklus/cohorts';
import { LocalDateScalar } from '@zyklus/common';
import { PeerGroupMethod, PeerGroupStatus } from '../peer-enums';

@ObjectType({
  description:
    'A peer group (Runde / Gruppe) of coordinators that meets for kollegiale Runden. Program managers see it with members, dates, roles and attendance counts; only members see cases and minutes.',
})
export class PeerGroup {
  @Field(() => ID, { description: 'Unique id of the group.' })
  id!: string;

  @Field(() => ID, { description: 'The programme it belongs to.' })
  programmeId!: string;

  @Field({ description: 'E.g. "Runde Nord-Ost".' })
  name!: string;

  @Field(() => PeerGroupMethod, { description: 'How the group works.' })
  method!: PeerGroupMethod;

  @Field(() => PeerGroupStatus, { description: 'FORMING → ACTIVE → ENDED.' })
  status!: PeerGroupStatus;
}

@ObjectType({
  description:
    'One membership over time: from the day a person joined to the day they left (open while they stay). Names only, no contact data.',
})
export class PeerGroupMember {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field({ description: 'The person’s name.' })
  name!: string;

  @Field(() => LocalDateScalar, { description: 'First day as member.' })
  fromDate!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day; null while a member.' })
  toDate!: string | null;

  @Field({ description: 'Whether they are a member today.' })
  current!: boolean;
}

@ObjectType({ description: 'A coordinator proposed for a group, with what the mix is made of.' })
export class SuggestedPeer {
  @Field(() => ID, { description: 'The person.' })
  personId!: string;

  @Field({ description: 'The person’s name.' })
  name!: string;

  @Field({ description: 'The network they coordinate.' })
  networkName!: string;

  @Field(() => Bundesland, { description: 'The network’s Bundesland.' })
  bundesland!: Bundesland;
}

@ObjectType({
  description:
    'A proposed peer group: coordinators of different networks and Bundesländer (see peerGroupSuggestions).',
})
export class PeerGroupSuggestion {
  @Field(() => [SuggestedPeer], { description: 'The proposed members.' })
  members!: SuggestedPeer[];

  @Field(() => Int, { description: 'How many different Bundesländer the group mixes.' })
  bundeslaender!: number;
}
