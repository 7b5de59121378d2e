import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, Language, NotFoundError, zonedInstant } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor } from '@zyklus/identity';
import { buildCalendar, formatDays } from '@zyklus/mail';
import { WorkshopAccess } from '@zyklus/workshops';
import { DataSource } from 'typeorm';
import { ReminderMailComposer } from '../dispatch/reminder-mail-composer';
import { placeLine, ReminderEvent } from '../events/reminder-event';
import { WorkshopEventSource } from '../events/workshop-event-source';
import { CalendarFeedService } from './calendar-feed.service';

/** How far back a feed reaches: calendars keep what they fetched before. */
const HISTORY_DAYS = 180;

/**
 * Builds a person's feed from half a year back on: the workshops they take part in, as the
 * workshops' own access rules decide (WorkshopAccess.takingPart) — program managers all but
 * drafts; others the published, completed and cancelled workshops they are a participant of
 * (the people the reminders go to) or facilitate. Everyone in the feed of a workshop also sees
 * its online link in the API (WorkshopAccess.canSeeLink), so the feed carries the link.
 */
@Injectable()
export class CalendarFeedBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedService,
    private readonly access: WorkshopAccess,
    private readonly workshops: WorkshopEventSource,
    private readonly composer: ReminderMailComposer,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async forToken(token: string): Promise<string> {
    const person = await this.feeds.personFor(token);
    const actor = new Actor(person.id, person.roles, person.preferredLanguage);
    const taken = (await this.access.takingPart(actor)).map((w) => w.id);
    const since = new Date(this.clock.now().getTime() - HISTORY_DAYS * 86_400_000);
    const events = (await this.workshops.load(this.dataSource.manager, taken)).filter(
      (event) => event.endsAt > since && event.state !== 'UNPUBLISHED',
    );
    return this.calendar(events, person.preferredLanguage);
  }

  /**
   * One workshop as a calendar file (the web app's download), with the UIDs the mails and the
   * feed use; for the people whose feed would carry it, NOT_FOUND for everyone else.
   */
  async forWorkshop(actor: Actor, workshopId: string): Promise<string> {
    const taken = (await this.access.takingPart(actor)).some((w) => w.id === workshopId);
    const events = taken
      ? (await this.workshops.load(this.dataSource.manager, [workshopId])).filter(
          (event) => event.state !== 'UNPUBLISHED',
        )
      : [];
    if (events.length === 0) {
      throw NotFoundError.of({ de: 'Workshop', en: 'Workshop' }).because('WORKSHOP_NOT_FOUND');
    }
    return this.calendar(events, actor.language);
  }

  private calendar(events: ReminderEvent[], language: Language): string {
    const person = { preferredLanguage: language };
    const entries = events.map((event) => {
      const days = formatDays(event.days, event.timeZone, person.preferredLanguage);
      const place = placeLine(event);
      const link = event.onlineUrl;
      const webUrl = `${this.config.appUrl}${event.webPath}`;
      return {
        uid: `${event.kind.toLowerCase()}-${event.id}@zyklus`,
        sequence: event.sequence,
        title: event.title,
        description: [
          ...(event.description ? [event.description, ''] : []),
          ...days.lines,
          days.timeZoneLine,
          ...(link ? [link] : []),
          '',
          webUrl,
        ].join('\n'),
        location: place ?? link,
        url: link ?? webUrl,
        // One entry per day, with the UIDs the mails use: a day is the same entry everywhere.
        days: event.days.map((d) => ({
          startsAt: zonedInstant(d.date, d.startTime, event.timeZone),
          endsAt: zonedInstant(d.date, d.endTime, event.timeZone),
        })),
        cancelled: event.state === 'CANCELLED',
      };
    });
    return buildCalendar(entries, {
      method: 'PUBLISH',
      name: events[0]?.programmeName ?? 'Zyklus',
      organizer: this.composer.organizer(),
      stamp: this.clock.now(),
    });
  }
}
