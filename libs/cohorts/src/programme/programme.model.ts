import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Language } from '@zyklus/common';

@ObjectType({
  description:
    'A programme (Programm), e.g. the MINT-Qualitätsoffensive: it runs numbered cohorts and sets the time zone and default language for them.',
})
export class Programme {
  @Field(() => ID, { description: 'Unique id of the programme.' })
  id!: string;

  @Field({ description: 'Name, e.g. "MINT-Qualitätsoffensive".' })
  name!: string;

  @Field({
    description:
      'IANA time zone (e.g. Europe/Berlin) in which workshop times and reminders are meant.',
  })
  timeZone!: string;

  @Field(() => Language, { description: 'Language of mails to people without a preference.' })
  defaultLanguage!: Language;

  @Field(() => String, {
    nullable: true,
    description:
      'The programme office’s address for answers to its mails (Reply-To); null: the sender (MAIL_FROM).',
  })
  replyTo!: string | null;

  @Field({ description: 'When the programme was created.' })
  createdAt!: Date;

  @Field({ description: 'When the programme was last changed.' })
  updatedAt!: Date;
}
