import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { MailContact, PersonDirectory } from '@zyklus/identity';
import { Mailer, permanentRefusal } from '@zyklus/mail';
import { DataSource } from 'typeorm';
import { CalendarFeedTokens } from '../calendar/calendar-feed-tokens';
import { knownBefore, ReminderEvent } from '../events/reminder-event';
import { ReminderContact } from '../events/reminder-event-source';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { retryDelayMs } from '../planning/due-time';
import { REASON } from '../planning/ledger-decisions';
import { ReminderSettings } from '../planning/reminder-settings';
import { ReminderKind, ReminderStatus } from '../rule/reminder-enums';
import { Claimed } from './claimed';
import { unannouncedSince } from './notice-baseline';
import { Outcome } from './outcome-recorder';
import { ComposeMail, ReminderMailComposer } from './reminder-mail-composer';
import { settledNudges } from './settled-nudges';
import { standDown } from './stand-down';

type Person = MailContact;

/** Who a claimed row goes to: a person, or a contact without an account. */
type Addressee =
  { person: Person; contact?: undefined } | { person?: undefined; contact: ReminderContact };

/**
 * One claimed batch, from the rows to the mails: loads its events, people, the notices' "Bisher"
 * baselines and the calendar feed addresses (three to eight statements for any batch), then sends
 * each mail through the pool and reports each row's outcome the moment it is known.
 */
@Injectable()
export class BatchDelivery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: ReminderSettings,
    private readonly sources: ReminderEventSources,
    private readonly mailer: Mailer,
    private readonly composer: ReminderMailComposer,
    private readonly feeds: CalendarFeedTokens,
  ) {}

  async deliver(claimed: readonly Claimed[], report: (outcome: Outcome) => void): Promise<void> {
    const manager = this.dataSource.manager;
    const events = new Map<string, ReminderEvent>();
    for (const kind of new Set(claimed.map((c) => c.event_kind))) {
      const ids = [...new Set(claimed.filter((c) => c.event_kind === kind).map((c) => c.event_id))];
      for (const event of await this.sources.get(kind).load(manager, ids))
        events.set(event.id, event);
    }
    const personIds = [
      ...new Set(claimed.flatMap((c) => (c.recipient_id ? [c.recipient_id] : []))),
    ];
    const people = await PersonDirectory.contacts(manager, personIds);
    const contacts = await this.contacts(claimed);
    const since = await unannouncedSince(manager, claimed);
    const settled = await settledNudges(manager, this.sources, claimed);
    const feedUrls = await this.feeds.urlsFor(
      manager,
      claimed.flatMap((c) =>
        c.recipient_id && c.kind !== ReminderKind.PERSONAL_CANCELLATION ? [c.recipient_id] : [],
      ),
    );
    const now = this.clock.now();
    const batch = this.composer.forBatch();
    const compose: ComposeMail = (row, event, to) => {
      if (row.kind !== ReminderKind.CHANGE_NOTICE) return batch(row, event, to);
      // "Bisher: …" as this person knew it (the batch shares what is alike across recipients).
      const previous = knownBefore(event.history, since.get(row.id) ?? event.sequence, event);
      return batch(row, { ...event, previous }, to);
    };
    const byId = new Map(people.map((p) => [p.id, p]));
    // A batch starts mails only within its window (the lease less one mail's worst case and the
    // time to record it): the rest is retried, so no claim runs out while its mail is on the way.
    const deadline = new AbortController();
    const timer = setTimeout(
      () =>
        deadline.abort(new Error('the batch ran out of its time to start mails (REMINDER_LEASE)')),
      this.settings.startWindowMs,
    );
    try {
      await Promise.all(
        claimed.map(async (row) => {
          const person = row.recipient_id ? byId.get(row.recipient_id) : undefined;
          const contact = row.contact_id ? contacts.get(row.contact_id) : undefined;
          report(
            await this.send(
              compose,
              row,
              events.get(row.event_id),
              person ? { person } : contact ? { contact } : undefined,
              {
                now,
                signal: deadline.signal,
                feedUrl: person ? (feedUrls.get(person.id) ?? null) : null,
                settled: settled.get(row.id) ?? null,
              },
            ),
          );
        }),
      );
    } finally {
      clearTimeout(timer);
    }
  }

  /** The contacts of the batch's rows to contacts, from their kinds' adapters. */
  private async contacts(claimed: readonly Claimed[]): Promise<Map<string, ReminderContact>> {
    const found = new Map<string, ReminderContact>();
    const rows = claimed.filter((c) => c.contact_id);
    for (const kind of new Set(rows.map((c) => c.event_kind))) {
      const source = this.sources.kinds().includes(kind) ? this.sources.get(kind) : null;
      if (!source?.contacts) continue;
      const ids = [...new Set(rows.filter((c) => c.event_kind === kind).map((c) => c.contact_id!))];
      for (const contact of await source.contacts(this.dataSource.manager, ids)) {
        found.set(contact.id, contact);
      }
    }
    return found;
  }

  private async send(
    compose: ComposeMail,
    row: Claimed,
    event: ReminderEvent | undefined,
    to: Addressee | undefined,
    {
      now,
      signal,
      feedUrl,
      settled,
    }: { now: Date; signal: AbortSignal; feedUrl: string | null; settled: string | null },
  ): Promise<Outcome> {
    const outcome = (fields: Partial<Outcome> & Pick<Outcome, 'status'>): Outcome => ({
      id: row.id,
      reason: null,
      nextAttemptAt: null,
      messageId: null,
      sentAt: null,
      error: null,
      revision: row.revision,
      dueAt: row.due_at,
      sequence: null,
      ...fields,
    });
    if (row.contact_id) {
      // Consent is checked as the mail leaves: an unsubscribe a moment ago stops it.
      if (!to?.contact?.mail) {
        return outcome({ status: ReminderStatus.CANCELLED, reason: REASON.noConsent });
      }
    } else if (!to?.person) {
      return outcome({ status: ReminderStatus.SKIPPED, reason: REASON.personErased });
    }
    if (!event) return outcome({ status: ReminderStatus.CANCELLED, reason: REASON.eventDeleted });
    const id = to.person ? to.person.id : to.contact.id;
    const skip = standDown(row, event, id, now, this.sources.get(event.kind).audiences);
    if (skip) return outcome(skip);
    // A nudge about something that happened meanwhile ("attendance recorded").
    if (settled) return outcome({ status: ReminderStatus.SKIPPED, reason: settled });
    try {
      const mail = compose(
        row,
        event,
        to.person
          ? {
              id: to.person.id,
              name: to.person.name,
              email: to.person.email,
              language: to.person.preferredLanguage,
              feedUrl,
              unsubscribe: null,
            }
          : {
              id: to.contact.id,
              name: to.contact.mail!.name,
              email: to.contact.mail!.email,
              language: to.contact.mail!.language,
              feedUrl: null,
              unsubscribe: {
                url: to.contact.mail!.unsubscribeUrl,
                data: to.contact.mail!.data ?? {},
              },
            },
      );
      const sent = await this.mailer.send(mail, { signal });
      return outcome({
        status: ReminderStatus.SENT,
        messageId: sent.messageId,
        sentAt: now,
        sequence: event.sequence,
      });
    } catch (error) {
      const refused = permanentRefusal(error);
      const message = refused ?? (error instanceof Error ? error.message : String(error));
      // A 5xx for this mail fails it at once (a program manager may send it again); anything
      // else is retried with backoff until the last attempt.
      const giveUp = refused !== null || row.attempts >= this.settings.maxAttempts;
      return outcome({
        status: giveUp ? ReminderStatus.FAILED : ReminderStatus.PENDING,
        nextAttemptAt: giveUp
          ? null
          : new Date(now.getTime() + retryDelayMs(row.attempts, this.settings.retryBaseMs)),
        error: message.slice(0, 1000),
      });
    }
  }
}
