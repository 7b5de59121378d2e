import { Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor } from '@zyklus/identity';
import { CalendarFeed, CalendarFeedLink } from './calendar-feed.model';
import { CalendarFeedService } from './calendar-feed.service';

@Resolver(() => CalendarFeed)
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Query(() => CalendarFeed, {
    nullable: true,
    description:
      'The signed-in person’s calendar feed, if they made one (the address is not shown again).',
  })
  calendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.status(actor);
  }

  @Mutation(() => CalendarFeedLink, {
    description:
      'Makes a secret calendar feed address with every workshop the signed-in person takes part in, facilitates or (program managers) manages; replaces an earlier address.',
  })
  createCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.create(actor);
  }

  @Mutation(() => Boolean, {
    description: 'Switches the signed-in person’s calendar feed off; true if there was one.',
  })
  revokeCalendarFeed(@CurrentActor() actor: Actor) {
    return this.feeds.revoke(actor);
  }
}
