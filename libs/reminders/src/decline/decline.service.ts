import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, Language } from '@zyklus/common';
import { PersonDirectory } from '@zyklus/identity';
import { formatDays } from '@zyklus/mail';
import { DataSource, EntityManager } from 'typeorm';
import { ReminderEvent } from '../events/reminder-event';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderPlanner } from '../planning/reminder-planner';
import { DeclineClaim, DeclineLinks } from './decline-links';
import { ReminderDeclineEntity } from './reminder-decline.entity';

/** Where a decline link stands; every state but ASK and DONE changes nothing. */
export type DeclineState =
  'ASK' | 'DONE' | 'ALREADY' | 'INVALID' | 'EXPIRED' | 'OVER' | 'CANCELLED' | 'NOT_PARTICIPANT';

/** What the decline page shows. */
export interface DeclineView {
  state: DeclineState;
  /** The person's language if the link names a person, else null (the request decides). */
  language: Language | null;
  title?: string;
  dayLines?: string[];
}

/** A refusal that ends the transaction without changes. */
class Refused extends Error {
  constructor(readonly view: DeclineView) {
    super(view.state);
  }
}

/**
 * "I can't come" through the signed link in a reminder, without signing in. Looking at the link
 * (GET; mail scanners open links) changes nothing. Confirming it (POST) records, in one
 * transaction, the decline, the event's own record of it (a workshop's attendance EXCUSED,
 * visible in the program managers' attendance views), and the ledger's consequences: the
 * person's pending reminders cancelled ("declined"), a METHOD:CANCEL for the calendar entry they
 * were sent. A forged or expired link, an event that is over or cancelled, or a person who is no
 * participant: a clear answer, nothing changed.
 */
@Injectable()
export class DeclineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly links: DeclineLinks,
    private readonly sources: ReminderEventSources,
    private readonly planner: ReminderPlanner,
  ) {}

  /** What the link would do, changing nothing. */
  async inspect(token: string): Promise<DeclineView> {
    try {
      const { view } = await this.check(this.dataSource.manager, token);
      return view;
    } catch (error) {
      if (error instanceof Refused) return error.view;
      throw error;
    }
  }

  /** Records the decline (once; a second confirmation answers ALREADY). */
  async confirm(token: string): Promise<DeclineView> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const { view, claim, event } = await this.check(manager, token);
        if (view.state !== 'ASK') return view;
        const now = this.clock.now();
        const source = this.sources.get(claim.eventKind);
        // The event's own record first: it locks the event as its other changes do.
        const recorded = await source.recordDecline?.(manager, event.id, claim.personId, now);
        if (!recorded) {
          throw new Refused({ ...view, state: 'NOT_PARTICIPANT' });
        }
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(ReminderDeclineEntity)
          .values({
            eventKind: claim.eventKind,
            eventId: event.id,
            personId: claim.personId,
            declinedAt: now,
          })
          .orIgnore()
          .returning('id')
          .execute();
        if (!(inserted.raw as unknown[]).length) return { ...view, state: 'ALREADY' as const };
        await this.planner.materialise(manager, claim.eventKind, [event.id]);
        return { ...view, state: 'DONE' as const };
      });
    } catch (error) {
      if (error instanceof Refused) return error.view;
      throw error;
    }
  }

  private async check(
    manager: EntityManager,
    token: string,
  ): Promise<{ view: DeclineView; claim: DeclineClaim; event: ReminderEvent }> {
    const claim = this.links.verify(token);
    if (!claim) throw new Refused({ state: 'INVALID', language: null });
    const [person] = await PersonDirectory.contacts(manager, [claim.personId]);
    if (!person) throw new Refused({ state: 'INVALID', language: null });
    const language = person.preferredLanguage;
    if (!this.sources.kinds().includes(claim.eventKind)) {
      throw new Refused({ state: 'INVALID', language });
    }
    const source = this.sources.get(claim.eventKind);
    const [event] = await source.load(manager, [claim.eventId]);
    if (!event || event.state === 'UNPUBLISHED') throw new Refused({ state: 'INVALID', language });
    const days = formatDays(event.days, event.timeZone, language);
    const view: DeclineView = {
      state: 'ASK',
      language,
      title: event.title,
      dayLines: [...days.lines, days.timeZoneLine],
    };
    const now = this.clock.now().getTime();
    const refuse = (state: DeclineState) => {
      throw new Refused({ ...view, state });
    };
    if (event.state === 'CANCELLED') refuse('CANCELLED');
    if (now >= event.endsAt.getTime() || event.state === 'OVER') refuse('OVER');
    if (now >= claim.expiresAt.getTime()) refuse('EXPIRED');
    const mayDecline = source.audiences.some(
      (a) => a.canDecline && (event.recipients[a.name] ?? []).includes(claim.personId),
    );
    if (!mayDecline) refuse('NOT_PARTICIPANT');
    const declined = await manager.findOneBy(ReminderDeclineEntity, {
      eventKind: claim.eventKind,
      eventId: event.id,
      personId: claim.personId,
    });
    if (declined) refuse('ALREADY');
    return { view, claim, event };
  }
}
