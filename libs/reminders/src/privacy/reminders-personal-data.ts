import { cohortsSql } from '@zyklus/cohorts';
import {
  cutoffSql,
  ErasureAction,
  ErasureStep,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
  RetentionRule,
  RetentionScope,
} from '@zyklus/common';
import { CalendarFeedEntity } from '../calendar/calendar-feed.entity';
import { ReminderDeclineEntity } from '../decline/reminder-decline.entity';
import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderStatus } from '../rule/reminder-enums';

/** The reason a pending reminder of an erased person is cancelled with. */
export const PERSON_ERASED = 'person erased';

interface LedgerRow {
  kind: string;
  event_kind: string;
  event_id: string;
  template: string | null;
  due_at: Date;
  status: string;
  sent_at: Date | null;
  reason: string | null;
}

/**
 * The reminders' personal data: the ledger of mails about a person, their calendar feed and
 * their "I can't come" answers. Erasing cancels what is still pending ("person erased"), keeps
 * the ledger's rows for the counts (linked to the anonymised person, without error texts, which
 * may quote the address), and removes the feed (its address stops working) and the answers. It
 * runs first (order 0), before other contexts end memberships (which re-plan the ledger); a row
 * planned after that for the person is skipped by the dispatcher, which never mails an erased
 * person.
 */
@PersonalDataContext()
export class RemindersPersonalData implements PersonalDataContextProvider {
  readonly context = 'reminders';
  readonly description = {
    de: 'Die Erinnerungs-E-Mails an Sie (wann fällig, ob gesendet), Ihr Kalender-Abonnement und Ihre Absagen.',
    en: 'The reminder emails to you (when due, whether sent), your calendar subscription and your declines.',
  };
  readonly covers = [ReminderEntity, CalendarFeedEntity, ReminderDeclineEntity];
  readonly erasureOrder = 0;

  readonly retention: readonly RetentionRule[] = [
    {
      dataClass: 'REMINDER_ERROR_TEXTS',
      label: {
        de: 'Fehlertexte im Erinnerungs-Journal',
        en: 'Error texts in the reminder ledger',
      },
      from: { de: 'nach dem letzten Zustellversuch', en: 'after the last delivery attempt' },
      defaultDays: 365,
      perProgramme: true,
      action: ErasureAction.ANONYMISE,
      enforce: async ({ manager, cutoffs, dryRun }: RetentionScope) => {
        const params: unknown[] = [];
        const cutoff = cutoffSql(cutoffs, 'c.programme_id', params);
        const due = `r.last_error IS NOT NULL AND r.status <> 'PENDING' AND r.updated_at < ${cutoff}`;
        const from = `reminder r LEFT JOIN ${cohortsSql.cohortProgrammes} c ON c.cohort_id = r.cohort_id`;
        const [row] = await manager.query<{ count: number }[]>(
          dryRun
            ? `SELECT count(*)::int AS count FROM ${from} WHERE ${due}`
            : `WITH gone AS (
                 UPDATE reminder SET last_error = NULL
                  WHERE id IN (SELECT r.id FROM ${from} WHERE ${due}) RETURNING 1)
               SELECT count(*)::int AS count FROM gone`,
          params,
        );
        return row?.count ?? 0;
      },
    },
  ];

  async exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    const ledger = await manager.query<LedgerRow[]>(
      `SELECT kind, event_kind, event_id, template, due_at, status, sent_at, reason
         FROM reminder WHERE recipient_id = $1 ORDER BY due_at`,
      [personId],
    );
    const feed = await manager.findOneBy(CalendarFeedEntity, { personId });
    const declines = await manager.find(ReminderDeclineEntity, {
      where: { personId },
      order: { declinedAt: 'ASC' },
    });
    const rows = ledger.map((r) => ({
      kind: r.kind,
      eventKind: r.event_kind,
      eventId: r.event_id,
      template: r.template,
      dueAt: r.due_at.toISOString(),
      status: r.status,
      sentAt: r.sent_at?.toISOString() ?? null,
      reason: r.reason,
    }));
    return {
      data: {
        reminders: rows,
        calendarFeed: feed
          ? {
              createdAt: feed.createdAt.toISOString(),
              lastUsedAt: feed.lastUsedAt?.toISOString() ?? null,
            }
          : null,
        declines: declines.map((d) => ({
          eventKind: d.eventKind,
          eventId: d.eventId,
          declinedAt: d.declinedAt.toISOString(),
        })),
      },
      tables: [
        {
          name: 'reminder-ledger',
          description: {
            de: 'Jede Erinnerung und Mitteilung an Sie: Art, fällig am, Status, gesendet am, Grund.',
            en: 'Every reminder and notice to you: kind, due, status, sent, reason.',
          },
          rows,
        },
      ],
    };
  }

  async previewErasure({ manager, personId }: PersonalDataScope): Promise<ErasureStep[]> {
    const [counts] = await manager.query<{ pending: number; total: number }[]>(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*)::int AS total
         FROM reminder WHERE recipient_id = $1`,
      [personId],
    );
    const feeds = await manager.countBy(CalendarFeedEntity, { personId });
    const declines = await manager.countBy(ReminderDeclineEntity, { personId });
    return [
      {
        key: 'pending-reminders',
        label: {
          de: 'Ausstehende Erinnerungen werden storniert („person erased“)',
          en: 'Pending reminders are cancelled ("person erased")',
        },
        action: ErasureAction.END,
        count: counts?.pending ?? 0,
      },
      {
        key: 'reminder-ledger',
        label: {
          de: 'Journal-Einträge bleiben für die Zählung (ohne Fehlertexte)',
          en: 'Ledger rows stay for the counts (without error texts)',
        },
        action: ErasureAction.ANONYMISE,
        count: counts?.total ?? 0,
      },
      {
        key: 'calendar-feed',
        label: { de: 'Kalender-Abonnement', en: 'Calendar subscription' },
        action: ErasureAction.REMOVE,
        count: feeds,
      },
      {
        key: 'declines',
        label: { de: 'Absagen über Links', en: 'Declines through links' },
        action: ErasureAction.REMOVE,
        count: declines,
      },
    ];
  }

  async erasePerson({ manager, personId }: PersonalDataScope): Promise<void> {
    await manager.query(
      `UPDATE reminder SET status = $2, reason = $3, claimed_until = NULL, claimed_by = NULL,
              revision = revision + 1
        WHERE recipient_id = $1 AND status = $4`,
      [personId, ReminderStatus.CANCELLED, PERSON_ERASED, ReminderStatus.PENDING],
    );
    await manager.query(`UPDATE reminder SET last_error = NULL WHERE recipient_id = $1`, [
      personId,
    ]);
    await manager.delete(CalendarFeedEntity, { personId });
    await manager.delete(ReminderDeclineEntity, { personId });
  }
}
