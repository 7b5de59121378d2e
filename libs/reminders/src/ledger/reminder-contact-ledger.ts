import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ReminderEventKind } from '../rule/reminder-enums';

/** A ledger row to a contact, as its context exports it. */
export interface ContactLedgerRow {
  contactId: string;
  kind: string;
  eventId: string;
  dueAt: Date;
  status: string;
  sentAt: Date | null;
  reason: string | null;
}

/**
 * The ledger's rows to contacts without an account (audiences of `contacts`), for the context
 * that names them: it knows who a contact is (e.g. a person's address), the ledger does not. So
 * that context exports these rows and removes them with its contacts' data (retention, erasure).
 */
@Injectable()
export class ReminderContactLedger {
  /** The rows of `kind` to these contacts, by due time. */
  async rows(
    manager: EntityManager,
    kind: ReminderEventKind,
    contactIds: readonly string[],
  ): Promise<ContactLedgerRow[]> {
    if (!contactIds.length) return [];
    const rows = await manager.query<
      {
        contact_id: string;
        kind: string;
        event_id: string;
        due_at: Date;
        status: string;
        sent_at: Date | null;
        reason: string | null;
      }[]
    >(
      `SELECT contact_id, kind, event_id, due_at, status, sent_at, reason FROM reminder
        WHERE event_kind = $1 AND contact_id = ANY($2::uuid[]) ORDER BY due_at, id`,
      [kind, [...contactIds]],
    );
    return rows.map((r) => ({
      contactId: r.contact_id,
      kind: r.kind,
      eventId: r.event_id,
      dueAt: r.due_at,
      status: r.status,
      sentAt: r.sent_at,
      reason: r.reason,
    }));
  }

  /**
   * The data of these contacts was removed (retention, erasure): their pending rows of `kind`
   * are cancelled with `reason` and every row's error text (which may quote the address) is
   * cleared; the rows stay for the counts. Rows are locked in id order, as everywhere; a row a
   * dispatcher is sending keeps its claim (the revision): if its mail went out, SENT is recorded.
   */
  async forget(
    manager: EntityManager,
    kind: ReminderEventKind,
    contactIds: readonly string[],
    reason: string,
  ): Promise<void> {
    if (!contactIds.length) return;
    await manager.query(
      `WITH locked AS MATERIALIZED (
         SELECT id FROM reminder WHERE event_kind = $1 AND contact_id = ANY($2::uuid[])
          ORDER BY id FOR UPDATE)
       UPDATE reminder r
          SET last_error = NULL, updated_at = now(),
              status = CASE WHEN r.status = 'PENDING' THEN 'CANCELLED' ELSE r.status END,
              reason = CASE WHEN r.status = 'PENDING' THEN $3 ELSE r.reason END,
              revision = CASE WHEN r.status = 'PENDING' THEN r.revision + 1 ELSE r.revision END
         FROM locked WHERE r.id = locked.id`,
      [kind, [...contactIds], reason],
    );
  }
}
