import { cohortsSql } from '@zyklus/cohorts';
import { EntityManager } from 'typeorm';

/** One participant of one workshop. */
export interface WorkshopParticipant {
  readonly workshopId: string;
  readonly personId: string;
}

/**
 * The participants of a workshop, the one rule the reminders, the online link and the calendar
 * feed share: the people who coordinate a network on the workshop's first day (a date in the
 * programme's time zone, as the days are stored) whose participation in the workshop's cohort
 * has a place — enrolled or active, or completed on or after that day. Not invited, waiting or
 * withdrawn networks. A hand-over dated before the first day makes the successor the
 * participant and the predecessor not; one dated after it leaves the predecessor a participant
 * of the workshop for good (they attended it), and the answer does not shift as days pass.
 * The workshop's status plays no part (drafts are hidden by the callers).
 */
const PARTICIPANTS = (filter: string, columns = 'w.id AS workshop_id, k.person_id') => `
  SELECT DISTINCT ${columns}
    FROM workshop w
    JOIN LATERAL (SELECT min(date) AS first_day FROM workshop_day WHERE workshop_id = w.id) d
      ON d.first_day IS NOT NULL
    JOIN LATERAL ${cohortsSql.participantsOn('w.cohort_id', 'd.first_day')} k ON true
   WHERE ${filter}`;

/** The participants of these workshops: one query for any number of them. */
export async function participantsOf(
  manager: EntityManager,
  workshopIds: readonly string[],
): Promise<WorkshopParticipant[]> {
  if (!workshopIds.length) return [];
  const rows = await manager.query<{ workshop_id: string; person_id: string }[]>(
    PARTICIPANTS('w.id = ANY($1::uuid[])'),
    [workshopIds],
  );
  return rows.map((row) => ({ workshopId: row.workshop_id, personId: row.person_id }));
}

/**
 * The workshops (any status) `personId` is a participant or an internal facilitator of: one
 * query, the participants' rule and the facilitators together.
 */
export async function workshopsInvolving(
  manager: EntityManager,
  personId: string,
): Promise<string[]> {
  const rows = await manager.query<{ workshop_id: string }[]>(
    `${PARTICIPANTS('k.person_id = $1')}
     UNION
     SELECT workshop_id, person_id FROM workshop_facilitator WHERE person_id = $1`,
    [personId],
  );
  return rows.map((row) => row.workshop_id);
}

/**
 * The participations through which `personId` is a participant of the workshop (usually one; two
 * if they coordinate two networks of its cohort): one query.
 */
export async function participationsOf(
  manager: EntityManager,
  workshopId: string,
  personId: string,
): Promise<string[]> {
  const rows = await manager.query<{ participation_id: string }[]>(
    PARTICIPANTS('w.id = $1 AND k.person_id = $2', 'k.participation_id'),
    [workshopId, personId],
  );
  return rows.map((row) => row.participation_id);
}
