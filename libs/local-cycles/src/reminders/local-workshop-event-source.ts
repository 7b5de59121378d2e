import { cohortsSql } from '@zyklus/cohorts';
import { Injectable } from '@nestjs/common';
import { Language, zonedInstant } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor } from '@zyklus/identity';
import {
  ReminderContact,
  ReminderEvent,
  ReminderEventAdapter,
  ReminderEventSource,
  ReminderEventState,
  ReminderKind,
  ReminderScope,
} from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import {
  COORDINATOR,
  INITIATIVE_CONTACTS,
  LOCAL_WORKSHOP,
  LocalWorkshopReminderEvent,
  localMail,
} from './local-reminder-kinds';

const STATE: Record<string, ReminderEventState> = {
  DRAFT: 'UNPUBLISHED',
  PUBLISHED: 'SCHEDULED',
  HELD: 'OVER',
  CANCELLED: 'CANCELLED',
};

interface Row {
  id: string;
  local_cycle_id: string;
  cohort_id: string;
  programme_id: string;
  programme_name: string;
  reply_to: string | null;
  time_zone: string;
  title: string;
  status: string;
  sequence: number;
  place_name: string | null;
  place_address: string | null;
  online_url: string | null;
  cancellation_reason: string | null;
  days: { date: string; startTime: string; endTime: string }[] | null;
  coordinators: string[] | null;
  contacts: string[] | null;
}

interface ContactRow {
  id: string;
  name: string;
  network_name: string;
  contact_name: string | null;
  contact_email: string | null;
  contact_language: Language;
  contact_consent_on: string | null;
  unsubscribe_token: string;
}

/** Enrolments whose initiatives' contacts hear of the cycle's workshops (as ContactNotices). */
export const CONTACTS_HEAR = `('INVITED', 'ENROLLED', 'COMPLETED')`;

/**
 * Local workshops for the reminders: to the people who coordinate the network on the workshop's
 * first day, and to the consenting contact persons of the initiatives invited to or enrolled in
 * the cycle (contacts without an account: the ledger keeps the initiative's id; `contacts()`
 * reads name, address, language and consent when a mail leaves).
 */
@Injectable()
@ReminderEventAdapter()
export class LocalWorkshopEventSource implements ReminderEventSource {
  readonly kind = LOCAL_WORKSHOP;
  readonly description = 'A local workshop a coordinator runs for initiatives (Workshop vor Ort).';
  readonly audiences = [COORDINATOR, INITIATIVE_CONTACTS];
  readonly mails = {
    [ReminderKind.REMINDER]: localMail('local-workshop-reminder'),
    [ReminderKind.CHANGE_NOTICE]: localMail('local-workshop-changed'),
    [ReminderKind.CANCELLATION]: localMail('local-workshop-cancelled'),
    [ReminderKind.PERSONAL_CANCELLATION]: localMail('local-workshop-cancelled'),
  };
  readonly graphqlType = LocalWorkshopReminderEvent;

  constructor(private readonly config: AppConfig) {}

  async load(manager: EntityManager, ids: readonly string[]): Promise<ReminderEvent[]> {
    if (!ids.length) return [];
    const rows = await manager.query<Row[]>(
      `SELECT w.id, w.local_cycle_id, p.cohort_id, c.programme_id, g.name AS programme_name,
              g.reply_to, g.time_zone, w.title, w.status, w.sequence, w.place_name, w.place_address,
              w.online_url, w.cancellation_reason, d.days, k.coordinators, m.contacts
         FROM local_workshop w
         JOIN local_cycle l ON l.id = w.local_cycle_id
         JOIN ${cohortsSql.participations} p ON p.id = l.participation_id
         JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
         JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('date', to_char(x.date, 'YYYY-MM-DD'),
                    'startTime', to_char(x.start_time, 'HH24:MI'),
                    'endTime', to_char(x.end_time, 'HH24:MI')) ORDER BY x.date) AS days,
                  min(x.date) AS first_day
             FROM local_workshop_day x WHERE x.local_workshop_id = w.id) d ON true
         LEFT JOIN LATERAL (
           SELECT array_agg(DISTINCT o.person_id ORDER BY o.person_id) AS coordinators
             FROM ${cohortsSql.coordinations} o
            WHERE o.network_id = p.network_id AND o.start_date <= d.first_day
              AND (o.end_date IS NULL OR o.end_date >= d.first_day)) k ON true
         LEFT JOIN LATERAL (
           SELECT array_agg(DISTINCT i.id ORDER BY i.id) AS contacts
             FROM local_enrolment e JOIN initiative i ON i.id = e.initiative_id
            WHERE e.local_cycle_id = w.local_cycle_id AND e.status IN ${CONTACTS_HEAR}
              AND i.contact_email IS NOT NULL AND i.contact_consent_on IS NOT NULL) m ON true
        WHERE w.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.flatMap((w): ReminderEvent[] => {
      const days = w.days ?? [];
      const first = days[0];
      const last = days[days.length - 1];
      if (!first || !last) return [];
      const start = { date: first.date, time: first.startTime };
      const end = { date: last.date, time: last.endTime };
      return [
        {
          kind: LOCAL_WORKSHOP,
          id: w.id,
          programmeId: w.programme_id,
          programmeName: w.programme_name,
          replyTo: w.reply_to,
          webPath: `/local-cycle/${w.local_cycle_id}`,
          cohortId: w.cohort_id,
          scopeId: null,
          title: w.title,
          description: null,
          state: STATE[w.status] ?? 'UNPUBLISHED',
          timeZone: w.time_zone,
          days,
          start,
          end,
          startsAt: zonedInstant(start.date, start.time, w.time_zone),
          endsAt: zonedInstant(end.date, end.time, w.time_zone),
          sequence: w.sequence,
          placeName: w.place_name,
          placeAddress: w.place_address,
          onlineUrl: w.online_url,
          cancellationReason: w.cancellation_reason,
          history: [],
          previous: null,
          recipients: {
            [COORDINATOR.name]: w.coordinators ?? [],
            [INITIATIVE_CONTACTS.name]: w.contacts ?? [],
          },
        },
      ];
    });
  }

  /**
   * Initiatives' contact persons by initiative id: mailable only with an address and a recorded
   * consent (an unsubscribe ends it); program managers see only the initiative's name.
   */
  async contacts(manager: EntityManager, ids: readonly string[]): Promise<ReminderContact[]> {
    if (!ids.length) return [];
    const rows = await manager.query<ContactRow[]>(
      `SELECT i.id, i.name, n.name AS network_name, i.contact_name, i.contact_email,
              i.contact_language, i.contact_consent_on, i.unsubscribe_token
         FROM initiative i JOIN ${cohortsSql.networks} n ON n.id = i.network_id
        WHERE i.id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      label: r.name,
      mail:
        r.contact_email && r.contact_consent_on
          ? {
              name: r.contact_name ?? r.name,
              email: r.contact_email,
              language: r.contact_language === Language.EN ? Language.EN : Language.DE,
              unsubscribeUrl: `${this.config.appUrl}/unsubscribe/${r.unsubscribe_token}`,
              data: { initiativeName: r.name, networkName: r.network_name },
            }
          : null,
    }));
  }

  async upcoming(manager: EntityManager, scope: ReminderScope, now: Date): Promise<string[]> {
    if (scope.scopeIds && !scope.programmeIds && !scope.cohortIds) return [];
    const rows = await manager.query<{ id: string }[]>(
      `SELECT w.id FROM local_workshop w
         JOIN local_cycle l ON l.id = w.local_cycle_id
         JOIN ${cohortsSql.participations} p ON p.id = l.participation_id
         JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
         JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
        WHERE w.status = 'PUBLISHED'
          AND ($1::uuid[] IS NULL OR c.programme_id = ANY($1::uuid[]))
          AND ($2::uuid[] IS NULL OR p.cohort_id = ANY($2::uuid[]))
          AND EXISTS (SELECT 1 FROM local_workshop_day x WHERE x.local_workshop_id = w.id
                       AND (x.date + x.end_time) AT TIME ZONE g.time_zone > $3)
        ORDER BY w.id`,
      [scope.programmeIds ?? null, scope.cohortIds ?? null, now],
    );
    return rows.map((r) => r.id);
  }

  /** The feed: published, held and cancelled local workshops of the networks one coordinates. */
  async takingPart(manager: EntityManager, actor: Actor, since: Date): Promise<string[]> {
    const rows = await manager.query<{ id: string }[]>(
      `SELECT w.id FROM local_workshop w
         JOIN local_cycle l ON l.id = w.local_cycle_id
         JOIN ${cohortsSql.participations} p ON p.id = l.participation_id
        WHERE w.status <> 'DRAFT'
          AND EXISTS (SELECT 1 FROM ${cohortsSql.coordinations} o WHERE o.network_id = p.network_id
                       AND o.person_id = $1 AND o.end_date IS NULL)
          AND EXISTS (SELECT 1 FROM local_workshop_day x WHERE x.local_workshop_id = w.id
                       AND x.date >= ($2::timestamptz)::date)`,
      [actor.personId, since],
    );
    return rows.map((r) => r.id);
  }
}
