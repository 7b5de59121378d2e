import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection, Language } from '@zyklus/common';
import { Role } from './role';

@ObjectType({
  description:
    'A person (Person): program manager, coordinator or buddy. Signs in with a link sent by mail.',
})
export class Person {
  @Field(() => ID, { description: 'Unique id of the person.' })
  id!: string;

  @Field({ description: 'Full name as shown to others.' })
  name!: string;

  // Read from the viewer's PersonView (personView), never from the stored row.
  @Field(() => String, {
    name: 'email',
    nullable: true,
    description:
      'Email address (lower case); where sign-in links and reminders go. Contact data: only program managers and the person themselves see it, others get null.',
  })
  visibleEmail!: string | null;

  @Field(() => Language, { description: 'Language of mails and messages for this person.' })
  preferredLanguage!: Language;

  @Field(() => [Role], { description: 'Stored roles; empty for coordinators and buddies.' })
  roles!: Role[];

  @Field(() => Date, {
    name: 'lastSignedInAt',
    nullable: true,
    description:
      'When the person last signed in (null if never; only program managers and the person themselves see it).',
  })
  visibleLastSignedInAt!: Date | null;

  @Field({ description: 'When the person was added.' })
  createdAt!: Date;

  @Field({
    description:
      'Whether the person was erased (Art. 17): the name is a placeholder, there is no address and no roles.',
  })
  erased!: boolean;
}

@ObjectType({ description: 'A page of people.' })
export class PersonConnection extends Connection(Person) {}
