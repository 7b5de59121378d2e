import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, zonedInstant } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor } from '@zyklus/identity';
import { buildCalendar, formatDays } from '@zyklus/mail';
import { DataSource } from 'typeorm';
import { ReminderMailComposer } from '../dispatch/reminder-mail-composer';
import { placeLine } from '../events/reminder-event';
import { ReminderEvent } from '../events/reminder-event';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { CalendarFeedService } from './calendar-feed.service';

/** How far back a feed reaches: calendars keep what they fetched before. */
const HISTORY_DAYS = 180;

/**
 * Builds a person's feed from half a year back on: the events of every kind they take part in,
 * as each kind's own access rules decide (its adapter's `takingPart`; for workshops: program
 * managers all but drafts, others the published, completed and cancelled workshops they are a
 * participant of or facilitate). Everyone in the feed of an event also sees its online link in
 * the API, so the feed carries the link.
 */
@Injectable()
export class CalendarFeedBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedService,
    private readonly sources: ReminderEventSources,
    private readonly composer: ReminderMailComposer,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async forToken(token: string): Promise<string> {
    const person = await this.feeds.personFor(token);
    const actor = new Actor(person.id, person.roles, person.preferredLanguage);
    const since = new Date(this.clock.now().getTime() - HISTORY_DAYS * 86_400_000);
    const manager = this.dataSource.manager;
    const events: ReminderEvent[] = [];
    for (const source of this.sources.all()) {
      const taken = await source.takingPart(manager, actor, since);
      for (const event of await source.load(manager, taken)) {
        if (event.endsAt > since && event.state !== 'UNPUBLISHED') events.push(event);
      }
    }
    events.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || compare(a.id, b.id));
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

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
