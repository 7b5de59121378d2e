import { cohortsSql } from '@zyklus/cohorts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, Language, zonedInstant } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import {
  buildInvitation,
  formatDays,
  Mailer,
  mailTemplateFolder,
  parseMailbox,
} from '@zyklus/mail';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { LocalReminderTriggers } from '../reminders/local-reminder-triggers';

const INVITATION = mailTemplateFolder(join(__dirname, 'mail', 'contact-invitation'));
const CANCELLED = mailTemplateFolder(join(__dirname, 'mail', 'contact-cancelled'));

export type ContactNoticeKind = 'INVITED' | 'CHANGED' | 'CANCELLED';

interface Row {
  title: string;
  status: string;
  sequence: number;
  place_name: string | null;
  place_address: string | null;
  online_url: string | null;
  cancellation_reason: string | null;
  network_name: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  days: { date: string; startTime: string; endTime: string }[] | null;
}

interface Contact {
  initiative_id: string;
  initiative_name: string;
  contact_name: string;
  contact_email: string;
  contact_language: Language;
  unsubscribe_token: string;
}

/**
 * Mails to initiatives' contact persons, who have no account: only with a recorded consent
 * (an unsubscribe ends it), each with a one-click unsubscribe link and the RFC 8058 headers, and
 * the workshop as an .ics (REQUEST, or CANCEL for a cancellation). Sent after the change's
 * transaction committed; a failed send is logged, the change stands.
 */
@Injectable()
export class ContactNotices {
  private readonly logger = new Logger('ContactNotices');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly triggers: LocalReminderTriggers,
  ) {}

  /** The consenting contacts of the cycle's invited or enrolled initiatives (or of `only`). */
  async send(
    workshopId: string,
    kind: ContactNoticeKind,
    only?: readonly string[],
  ): Promise<number> {
    const [row] = await this.dataSource.query<Row[]>(
      `SELECT w.title, w.status, w.sequence, w.place_name, w.place_address, w.online_url,
              w.cancellation_reason, n.name AS network_name, g.name AS programme_name, g.reply_to,
              g.time_zone,
              (SELECT json_agg(json_build_object('date', to_char(x.date, 'YYYY-MM-DD'),
                        'startTime', to_char(x.start_time, 'HH24:MI'),
                        'endTime', to_char(x.end_time, 'HH24:MI')) ORDER BY x.date)
                 FROM local_workshop_day x WHERE x.local_workshop_id = w.id) AS days
         FROM local_workshop w JOIN local_cycle l ON l.id = w.local_cycle_id
         JOIN ${cohortsSql.participations} p ON p.id = l.participation_id JOIN ${cohortsSql.networks} n ON n.id = p.network_id
         JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
        WHERE w.id = $1`,
      [workshopId],
    );
    if (!row?.days?.length) return 0;
    const contacts = await this.dataSource.query<Contact[]>(
      `SELECT i.id AS initiative_id, i.name AS initiative_name, i.contact_name, i.contact_email,
              i.contact_language, i.unsubscribe_token
         FROM local_workshop w JOIN local_enrolment e ON e.local_cycle_id = w.local_cycle_id
         JOIN initiative i ON i.id = e.initiative_id
        WHERE w.id = $1 AND e.status IN ('INVITED', 'ENROLLED', 'COMPLETED')
          AND i.contact_email IS NOT NULL AND i.contact_consent_on IS NOT NULL
          AND ($2::uuid[] IS NULL OR i.id = ANY($2::uuid[]))`,
      [workshopId, only ?? null],
    );
    if (!contacts.length) return 0;
    const cancelled = kind === 'CANCELLED';
    const from = parseMailbox(this.config.mail.from);
    const invitation = buildInvitation(
      {
        uid: `local-workshop-${workshopId}@zyklus`,
        sequence: row.sequence,
        title: row.title,
        location: row.place_name
          ? [row.place_name, row.place_address].filter(Boolean).join(', ')
          : row.online_url,
        url: row.online_url,
        days: row.days.map((d) => ({
          startsAt: zonedInstant(d.date, d.startTime, row.time_zone),
          endsAt: zonedInstant(d.date, d.endTime, row.time_zone),
        })),
        cancelled,
      },
      {
        method: cancelled ? 'CANCEL' : 'REQUEST',
        name: row.programme_name,
        organizer: { name: row.network_name, email: from?.address ?? 'zyklus@example.org' },
        stamp: this.clock.now(),
      },
    );
    let sent = 0;
    for (const contact of contacts) {
      const language = contact.contact_language === Language.EN ? Language.EN : Language.DE;
      const days = formatDays(row.days, row.time_zone, language);
      const unsubscribeUrl = `${this.config.appUrl}/unsubscribe/${contact.unsubscribe_token}`;
      try {
        await this.mailer.send({
          to: { name: contact.contact_name, email: contact.contact_email, language },
          template: cancelled ? CANCELLED : INVITATION,
          programmeName: row.programme_name,
          replyTo: row.reply_to,
          data: {
            name: contact.contact_name,
            initiativeName: contact.initiative_name,
            networkName: row.network_name,
            title: row.title,
            changed: kind === 'CHANGED',
            dayLines: days.lines,
            timeZoneLine: days.timeZoneLine,
            place: row.place_name
              ? [row.place_name, row.place_address].filter(Boolean).join(', ')
              : null,
            onlineUrl: row.online_url,
            reason: row.cancellation_reason,
            unsubscribeUrl,
          },
          listUnsubscribe: unsubscribeUrl,
          attachments: [
            {
              filename: cancelled ? 'absage.ics' : 'termin.ics',
              content: invitation({ name: contact.contact_name, email: contact.contact_email }),
              contentType: `text/calendar; method=${cancelled ? 'CANCEL' : 'REQUEST'}`,
            },
          ],
        });
        sent++;
      } catch (error) {
        this.logger.warn(`Mail to an initiative contact failed: ${String(error)}`);
      }
    }
    return sent;
  }

  /**
   * Ends the consent of the contact with this unsubscribe token and, in the same transaction,
   * cancels their pending reminders; false for an unknown token.
   */
  async unsubscribe(token: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager.query<{ id: string }[]>(
        `WITH ended AS (
           UPDATE initiative SET contact_consent_on = NULL, updated_at = now()
            WHERE unsubscribe_token = $1 RETURNING id)
         SELECT id FROM ended`,
        [token],
      );
      const ids = rows.map((r) => r.id);
      await this.triggers.initiativeContactsChanged(manager, ids);
      return ids.length > 0;
    });
  }
}
