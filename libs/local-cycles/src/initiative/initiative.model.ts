import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language, LocalDateScalar } from '@zyklus/common';
import { InitiativeKind } from '../local-cycle-enums';

@ObjectType({
  description:
    'An initiative’s contact person. Only the network’s coordinator sees it; program managers never do.',
})
export class InitiativeContact {
  @Field({ description: 'Name.' })
  name!: string;

  @Field({ description: 'Email address.' })
  email!: string;

  @Field(() => Language, { description: 'Language of their mails.' })
  language!: Language;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'When they agreed to receive mails; null: no mail goes to them.',
  })
  consentOn!: string | null;
}

@ObjectType({
  description:
    'A MINT-Initiative of a network’s region (Schülerlabor, Verein, Schul-AG …). It belongs to the network and moves with it across cohorts.',
})
export class Initiative {
  @Field(() => ID, { description: 'Identifies the initiative.' })
  id!: string;

  @Field(() => ID, { description: 'The network it belongs to.' })
  networkId!: string;

  @Field({ description: 'Name.' })
  name!: string;

  @Field(() => InitiativeKind, { description: 'Kind of initiative.' })
  kind!: InitiativeKind;

  @Field({ description: 'City.' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'Website.' })
  website!: string | null;

  @Field({ description: 'Invented demo data.' })
  demo!: boolean;

  @Field(() => InitiativeContact, {
    nullable: true,
    description:
      'The contact person: for the network’s coordinator only (null for everyone else, program managers included).',
  })
  contact!: InitiativeContact | null;
}
