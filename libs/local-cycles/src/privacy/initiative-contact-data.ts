import { cohortsSql } from '@zyklus/cohorts';
import { PersonDirectory } from '@zyklus/identity';
import { ContactLedgerRow, ReminderContactLedger } from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { LOCAL_WORKSHOP } from '../reminders/local-reminder-kinds';
import { REMOVE_CONTACT } from './initiative-contact-retention';

/** The reason a person's reminders as an initiative's contact are cancelled when erased. */
export const CONTACT_ERASED = 'person erased';

interface ContactRow {
  id: string;
  initiative: string;
  network: string;
  contact_name: string | null;
  contact_email: string;
  contact_language: string;
  contact_consent_on: string | null;
}

/**
 * A person of Zyklus may be an initiative's contact person too, known there only by address
 * (contacts have no account): the initiatives whose contact has the person's address, and the
 * reminders to that contact. Export shows them; erasure removes the contact person from them.
 */
export const InitiativeContactData = {
  /** The initiatives whose contact person has this person's address (any case). */
  async of(manager: EntityManager, personId: string): Promise<ContactRow[]> {
    const [person] = await PersonDirectory.contacts(manager, [personId]);
    if (!person?.email) return [];
    return manager.query<ContactRow[]>(
      `SELECT i.id, i.name AS initiative, n.name AS network, i.contact_name, i.contact_email,
              i.contact_language, to_char(i.contact_consent_on, 'YYYY-MM-DD') AS contact_consent_on
         FROM initiative i JOIN ${cohortsSql.networks} n ON n.id = i.network_id
        WHERE lower(i.contact_email) = lower($1) ORDER BY i.name, i.id`,
      [person.email],
    );
  },

  /** The reminder ledger's rows to these contacts. */
  ledger(
    manager: EntityManager,
    ledger: ReminderContactLedger,
    initiativeIds: readonly string[],
  ): Promise<ContactLedgerRow[]> {
    return ledger.rows(manager, LOCAL_WORKSHOP, initiativeIds);
  },

  /** Removes the contact person from these initiatives; their reminders end ("person erased"). */
  async erase(
    manager: EntityManager,
    ledger: ReminderContactLedger,
    initiativeIds: readonly string[],
  ): Promise<void> {
    if (!initiativeIds.length) return;
    await manager.query(`UPDATE initiative SET ${REMOVE_CONTACT} WHERE id = ANY($1::uuid[])`, [
      [...initiativeIds],
    ]);
    await ledger.forget(manager, LOCAL_WORKSHOP, initiativeIds, CONTACT_ERASED);
  },
};
