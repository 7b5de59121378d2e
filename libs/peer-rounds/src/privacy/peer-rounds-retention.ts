import { cutoffSql, ErasureAction, RetentionRule, RetentionScope } from '@zyklus/common';

/** The title a case keeps once its texts are gone (erased person, or retention). */
export const REMOVED_CASE_TITLE = 'Fall (Text entfernt)';

/** Cases whose texts are still there. */
export const CASE_HAS_TEXTS = `(c.title <> '${REMOVED_CASE_TITLE}' OR c.key_question <> '' OR c.text IS NOT NULL)`;

/** The SQL that removes a case's texts (title, key question, text); the row stays for counts. */
export const REMOVE_CASE_TEXTS = `title = '${REMOVED_CASE_TITLE}', key_question = '', text = NULL`;

/** Answers `sql`'s first row's count. */
async function count(scope: RetentionScope, sql: string, params: unknown[]): Promise<number> {
  const [row] = await scope.manager.query<{ count: number }[]>(sql, params);
  return row?.count ?? 0;
}

/**
 * The peer rounds' retention (DESIGN §6): minutes and case texts 12 months after the round
 * (a withdrawn case, which has no round: after it was withdrawn), per programme (the group's).
 * Minutes are deleted; a case keeps its row (status, round: the group's counts) without texts.
 */
export const PEER_ROUNDS_RETENTION: readonly RetentionRule[] = [
  {
    dataClass: 'PEER_ROUND_MINUTES',
    label: { de: 'Protokolle Kollegialer Runden', en: 'Minutes of peer rounds' },
    from: { de: 'nach der Runde', en: 'after the round' },
    defaultDays: 365,
    perProgramme: true,
    action: ErasureAction.REMOVE,
    enforce: (scope: RetentionScope) => {
      const params: unknown[] = [];
      const cutoff = cutoffSql(scope.cutoffs, 'g.programme_id', params);
      const due = `SELECT m.round_id FROM peer_round_minutes m
                     JOIN peer_round r ON r.id = m.round_id
                     JOIN peer_group g ON g.id = r.group_id
                    WHERE r.ends_at < ${cutoff}`;
      return count(
        scope,
        scope.dryRun
          ? `SELECT count(*)::int AS count FROM (${due}) due`
          : `WITH gone AS (DELETE FROM peer_round_minutes WHERE round_id IN (${due}) RETURNING 1)
             SELECT count(*)::int AS count FROM gone`,
        params,
      );
    },
  },
  {
    dataClass: 'PEER_CASE_TEXTS',
    label: {
      de: 'Fälle Kollegialer Runden (Titel, Schlüsselfrage, Text)',
      en: 'Cases of peer rounds (title, key question, text)',
    },
    from: {
      de: 'nach der Runde (zurückgezogene Fälle: nach dem Zurückziehen)',
      en: 'after the round (withdrawn cases: after they were withdrawn)',
    },
    defaultDays: 365,
    perProgramme: true,
    action: ErasureAction.ANONYMISE,
    enforce: (scope: RetentionScope) => {
      const params: unknown[] = [];
      const cutoff = cutoffSql(scope.cutoffs, 'g.programme_id', params);
      // Queued cases wait for a round: not due.
      const due = `SELECT c.id FROM peer_case c
                     JOIN peer_group g ON g.id = c.group_id
                     LEFT JOIN peer_round r ON r.id = c.round_id
                    WHERE ${CASE_HAS_TEXTS}
                      AND ((c.status IN ('SCHEDULED', 'DISCUSSED') AND r.ends_at < ${cutoff})
                        OR (c.status = 'WITHDRAWN' AND c.updated_at < ${cutoff}))`;
      return count(
        scope,
        scope.dryRun
          ? `SELECT count(*)::int AS count FROM (${due}) due`
          : `WITH gone AS (UPDATE peer_case SET ${REMOVE_CASE_TEXTS}
                            WHERE id IN (${due}) RETURNING 1)
             SELECT count(*)::int AS count FROM gone`,
        params,
      );
    },
  },
];
