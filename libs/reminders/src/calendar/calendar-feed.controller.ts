import { Controller, Get, Param, Res } from '@nestjs/common';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor, Public } from '@zyklus/identity';
import type { Response } from 'express';
import { CalendarFeedBuilder } from './calendar-feed.builder';

/**
 * `GET /calendar/<token>.ics`: a person's events as an iCalendar feed for calendar apps, which
 * cannot send a sign-in header. The secret token in the address is the credential (256 bits,
 * stored only as a hash, revocable); the events pass the same access rules as the API.
 */
@Controller('calendar')
export class CalendarFeedController {
  constructor(private readonly builder: CalendarFeedBuilder) {}

  /** One event (`/calendar/events/workshop/<id>.ics`) as a calendar file, signed in (Bearer). */
  @Get('events/:kind/:id.ics')
  async event(
    @CurrentActor() actor: Actor,
    @Param('kind') kind: string,
    @Param('id', ParseIdPipe) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const ics = await this.builder.forEvent(actor, kind, id);
    response
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .setHeader('Content-Disposition', 'attachment; filename="event.ics"')
      .send(ics);
  }

  @Public()
  @Get(':token.ics')
  async feed(@Param('token') token: string, @Res() response: Response): Promise<void> {
    const ics = await this.builder.forToken(token);
    response
      .status(200)
      .type('text/calendar; charset=utf-8')
      .setHeader('Cache-Control', 'private, max-age=300')
      .send(ics);
  }
}
