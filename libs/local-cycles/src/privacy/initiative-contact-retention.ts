import { cohortsSql } from '@zyklus/cohorts';
import { cutoffSql, ErasureAction, RetentionRule, RetentionScope } from '@zyklus/common';
import { ReminderContactLedger } from '@zyklus/reminders';
import { LOCAL_WORKSHOP } from '../reminders/local-reminder-kinds';

/** Why a contact's pending reminders end when their data is removed. */
export const CONTACT_REMOVED = 'contact person removed (data protection)';

/** The SQL that removes an initiative's contact person; a fresh token kills the old link. */
export const REMOVE_CONTACT = `contact_name = NULL, contact_email = NULL,
  contact_consent_on = NULL, contact_language = 'de', updated_at = now(),
  unsubscribe_token = replace(gen_random_uuid()::text, '-', '') || replace(gen_random_uuid()::text, '-', '')`;

/**
 * Initiative contacts (DESIGN §6): 24 months after their initiative's last enrolment in a local
 * cycle (an initiative never enrolled: after it was added), per programme (that enrolment's),
 * the contact person — name, address, language, consent — is removed from the initiative; the
 * initiative stays (the network's, and the cycles' counts). Not while the initiative is invited
 * to or enrolled in a cycle that is planned or running. Their ledger rows stay for the counts,
 * without error texts; pending ones are cancelled.
 */
export function initiativeContactRetention(ledger: ReminderContactLedger): RetentionRule {
  return {
    dataClass: 'INITIATIVE_CONTACTS',
    label: {
      de: 'Ansprechpersonen der MINT-Initiativen (Name, E-Mail, Sprache, Einwilligung)',
      en: 'Contact persons of initiatives (name, email, language, consent)',
    },
    from: {
      de: 'nach der letzten Anmeldung der Initiative zu einem Workshop-Zyklus vor Ort (nie angemeldet: nach dem Anlegen)',
      en: 'after the initiative’s last enrolment in a local cycle (never enrolled: after it was added)',
    },
    defaultDays: 730,
    perProgramme: true,
    action: ErasureAction.ANONYMISE,
    enforce: async ({ manager, cutoffs, dryRun }: RetentionScope) => {
      const params: unknown[] = [];
      const cutoff = cutoffSql(cutoffs, 'last.programme_id', params);
      const due = `SELECT i.id FROM initiative i
          LEFT JOIN LATERAL (
            SELECT e.created_at, c.programme_id FROM local_enrolment e
              JOIN local_cycle l ON l.id = e.local_cycle_id
              JOIN ${cohortsSql.participations} p ON p.id = l.participation_id
              JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
             WHERE e.initiative_id = i.id ORDER BY e.created_at DESC, e.id LIMIT 1) last ON true
         WHERE (i.contact_name IS NOT NULL OR i.contact_email IS NOT NULL)
           AND COALESCE(last.created_at, i.created_at) < ${cutoff}
           AND NOT EXISTS (
             SELECT 1 FROM local_enrolment e JOIN local_cycle l ON l.id = e.local_cycle_id
              WHERE e.initiative_id = i.id AND e.status IN ('INVITED', 'ENROLLED')
                AND l.status IN ('PLANNED', 'RUNNING'))`;
      if (dryRun) {
        const [row] = await manager.query<{ count: number }[]>(
          `SELECT count(*)::int AS count FROM (${due}) due`,
          params,
        );
        return row?.count ?? 0;
      }
      const gone = await manager.query<{ id: string }[]>(
        `WITH gone AS (UPDATE initiative SET ${REMOVE_CONTACT} WHERE id IN (${due}) RETURNING id)
         SELECT id FROM gone ORDER BY id`,
        params,
      );
      await ledger.forget(
        manager,
        LOCAL_WORKSHOP,
        gone.map((g) => g.id),
        CONTACT_REMOVED,
      );
      return gone.length;
    },
  };
}
