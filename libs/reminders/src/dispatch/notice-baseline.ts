import { EntityManager } from 'typeorm';
import { REASON } from '../planning/ledger-decisions';
import { ReminderKind } from '../rule/reminder-enums';
import type { Claimed } from './claimed';

/** The SEQUENCE a change notice row (alias `r`) announces: its occasion. */
const seq = (r: string) => `${r}.occasion`;

/**
 * For each change notice: the first change (by SEQUENCE) its recipient has not been told about
 * yet — the notice's own, or that of an older notice it superseded before either was sent. A
 * notice about two reschedules in a row then says "Bisher:" with the days the person knew,
 * not those in between. One statement for the whole batch.
 */
export async function unannouncedSince(
  manager: EntityManager,
  claimed: readonly Claimed[],
): Promise<Map<string, number>> {
  const ids = claimed.filter((c) => c.kind === ReminderKind.CHANGE_NOTICE).map((c) => c.id);
  if (!ids.length) return new Map();
  const rows = await manager.query<{ id: string; since: number | null }[]>(
    `SELECT n.id,
            (SELECT min(${seq('o')}) FROM reminder o
              WHERE o.event_id = n.event_id AND o.recipient_id = n.recipient_id
                AND o.kind = 'CHANGE_NOTICE'
                AND (o.id = n.id OR (o.status = 'CANCELLED' AND o.reason = $2))
                AND ${seq('o')} > COALESCE(
                      (SELECT max(${seq('s')}) FROM reminder s
                        WHERE s.event_id = n.event_id AND s.recipient_id = n.recipient_id
                          AND s.kind = 'CHANGE_NOTICE' AND s.status = 'SENT'), -1)) AS since
       FROM reminder n
      WHERE n.id = ANY($1::uuid[])`,
    [ids, REASON.superseded],
  );
  return new Map(rows.flatMap((r) => (r.since === null ? [] : [[r.id, r.since] as const])));
}
