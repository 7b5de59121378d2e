import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'The signed-in person’s calendar feed (Kalender-Abo).' })
export class CalendarFeed {
  @Field({ description: 'When the current feed address was made.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When a calendar last fetched it.' })
  lastUsedAt!: Date | null;
}

@ObjectType({ description: 'A new secret feed address; shown only now, keep it private.' })
export class CalendarFeedLink {
  @Field({
    description:
      'Subscribe to it in Outlook, Thunderbird, Apple or Google Calendar (…/calendar/<token>.ics). A new address replaces the old one.',
  })
  url!: string;

  @Field({ description: 'When this feed address was made.' })
  createdAt!: Date;
}
