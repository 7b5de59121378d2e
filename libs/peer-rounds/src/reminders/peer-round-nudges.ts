import { ReminderNudgeSpec } from '@zyklus/reminders';
import { EntityManager } from 'typeorm';
import { PeerRoundAudience, peerMail } from './peer-round-reminder-kind';

/** Rounds of `ids` matching `condition` (SQL over `r`, the round), with their reason. */
async function where(
  manager: EntityManager,
  ids: readonly string[],
  condition: string,
  reason: string,
): Promise<[string, string][]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT r.id FROM peer_round r WHERE r.id = ANY($1::uuid[]) AND (${condition})`,
    [ids],
  );
  return rows.map((row) => [row.id, reason]);
}

const notPlanned = (manager: EntityManager, ids: readonly string[]) =>
  where(manager, ids, `r.status <> 'PLANNED'`, 'the round is no longer planned');
const notHeld = (manager: EntityManager, ids: readonly string[]) =>
  where(manager, ids, `r.status <> 'HELD'`, 'the round was not held');

/**
 * The peer rounds' nudges (DESIGN §8), each checked just before sending: the moderator when no
 * case is scheduled (before the round), the secretary when the minutes are missing and every
 * member for feedback (after a held round). A nudge whose condition no longer holds is SKIPPED
 * with the reason.
 */
export const PEER_ROUND_NUDGES: readonly ReminderNudgeSpec[] = [
  {
    name: 'NO_CASE_SCHEDULED',
    description: 'The moderator, when no case is scheduled for the round.',
    mail: peerMail('peer-round-no-case'),
    audiences: [PeerRoundAudience.MODERATOR],
    settled: async (manager, ids) =>
      new Map([
        ...(await notPlanned(manager, ids)),
        ...(await where(
          manager,
          ids,
          `EXISTS (SELECT 1 FROM peer_case c WHERE c.round_id = r.id AND c.status = 'SCHEDULED')`,
          'a case is scheduled',
        )),
      ]),
  },
  {
    name: 'MINUTES_MISSING',
    description: 'The secretary, after a held round without minutes.',
    mail: peerMail('peer-round-minutes'),
    audiences: [PeerRoundAudience.SECRETARY],
    settled: async (manager, ids) =>
      new Map([
        ...(await where(
          manager,
          ids,
          `EXISTS (SELECT 1 FROM peer_round_minutes m WHERE m.round_id = r.id)`,
          'the minutes are written',
        )),
        ...(await notHeld(manager, ids)),
      ]),
  },
  {
    name: 'FEEDBACK',
    description: 'The members, the day after a held round: how was it?',
    mail: peerMail('peer-round-feedback'),
    audiences: [PeerRoundAudience.MEMBERS],
    settled: async (manager, ids) => new Map(await notHeld(manager, ids)),
  },
];
