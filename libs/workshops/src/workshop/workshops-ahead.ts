import { cohortsSql } from '@zyklus/cohorts';
import { EntityManager } from 'typeorm';

/**
 * The one definition of "a workshop still ahead": published (or, with `drafts`, a draft) and with
 * a day that has not ended at `now`, by its programme's time zone; in these programmes or
 * cohorts (both omitted: all). Ids in ascending order. Used by the cohort cancellation (what it
 * cancels) and the reminders' adapter (what a rule or membership change re-plans).
 */
export async function workshopsAhead(
  manager: EntityManager,
  scope: { programmeIds?: readonly string[]; cohortIds?: readonly string[] },
  now: Date,
  { drafts = false }: { drafts?: boolean } = {},
): Promise<string[]> {
  const rows = await manager.query<{ id: string }[]>(
    `SELECT w.id
       FROM workshop w JOIN ${cohortsSql.cohortProgrammes} p ON p.cohort_id = w.cohort_id
      WHERE ($1::uuid[] IS NULL OR p.programme_id = ANY($1::uuid[]))
        AND ($2::uuid[] IS NULL OR w.cohort_id = ANY($2::uuid[]))
        AND (($4 AND w.status = 'DRAFT')
             OR (w.status = 'PUBLISHED'
                 AND EXISTS (SELECT 1 FROM workshop_day d WHERE d.workshop_id = w.id
                              AND (d.date + d.end_time) AT TIME ZONE p.time_zone > $3)))
      ORDER BY w.id`,
    [scope.programmeIds ?? null, scope.cohortIds ?? null, now, drafts],
  );
  return rows.map((row) => row.id);
}
