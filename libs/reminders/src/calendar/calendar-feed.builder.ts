import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortAccess } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { buildCalendar, formatDays } from '@zyklus/mail';
import { DataSource } from 'typeorm';
import { ReminderMailComposer } from '../dispatch/reminder-mail-composer';
import { WorkshopEventSource } from '../events/workshop-event-source';
import { CalendarFeedService } from './calendar-feed.service';

/** How far back a feed reaches: calendars keep what they fetched before. */
const HISTORY_DAYS = 180;

/**
 * Builds a person's feed: the published, completed and cancelled workshops of the cohorts they
 * take part in and those they facilitate (program managers: all), from half a year back on.
 * Online links only for those who may see them (participants with a place, facilitators,
 * program managers), as in the API.
 */
@Injectable()
export class CalendarFeedBuilder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly feeds: CalendarFeedService,
    private readonly access: CohortAccess,
    private readonly workshops: WorkshopEventSource,
    private readonly composer: ReminderMailComposer,
    private readonly clock: Clock,
  ) {}

  async forToken(token: string): Promise<string> {
    const person = await this.feeds.personFor(token);
    const actor = new Actor(person.id, person.roles, person.preferredLanguage);
    const facts = actor.isProgramManager ? null : await this.access.facts(actor);
    const rows = await this.dataSource.query<{ id: string; facilitates: boolean }[]>(
      `SELECT w.id,
              EXISTS (SELECT 1 FROM workshop_facilitator f
                       WHERE f.workshop_id = w.id AND f.person_id = $2) AS facilitates
         FROM workshop w
        WHERE w.status <> 'DRAFT'
          AND ($1::boolean
               OR w.cohort_id = ANY($3::uuid[])
               OR EXISTS (SELECT 1 FROM workshop_facilitator f
                           WHERE f.workshop_id = w.id AND f.person_id = $2))`,
      [actor.isProgramManager, person.id, facts ? [...facts.cohortIds] : []],
    );
    const since = new Date(this.clock.now().getTime() - HISTORY_DAYS * 86_400_000);
    const events = (
      await this.workshops.load(
        this.dataSource.manager,
        rows.map((row) => row.id),
      )
    ).filter((event) => event.endsAt > since && event.state !== 'UNPUBLISHED');
    const entries = await Promise.all(
      events.map(async (event) => {
        const facilitates = rows.find((row) => row.id === event.id)?.facilitates ?? false;
        const mayJoin =
          facilitates ||
          (event.cohortId !== null && (await this.access.isParticipant(actor, event.cohortId)));
        const days = formatDays(event.days, event.timeZone, person.preferredLanguage);
        const place = event.placeName
          ? [event.placeName, event.placeAddress].filter(Boolean).join(', ')
          : null;
        const link = mayJoin ? event.onlineUrl : null;
        return {
          uid: `${event.kind.toLowerCase()}-${event.id}@zyklus`,
          sequence: event.sequence,
          title: event.title,
          description: [...days.lines, days.timeZoneLine, ...(link ? [link] : [])].join('\n'),
          location: place ?? link,
          url: link,
          startsAt: event.startsAt,
          endsAt: event.endsAt,
          cancelled: event.state === 'CANCELLED',
        };
      }),
    );
    return buildCalendar(entries, {
      method: 'PUBLISH',
      name: events[0]?.programmeName ?? 'Zyklus',
      organizer: this.composer.organizer(),
      stamp: this.clock.now(),
    });
  }
}
