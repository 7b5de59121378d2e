import { ReminderRuleEntity } from '../rule/reminder-rule.entity';

/**
 * The enabled rules for an event of a cohort: the cohort's own and the programme's defaults,
 * except those a cohort rule replaces (a disabled replacement switches the default off).
 */
export function applicableRules(
  rules: readonly ReminderRuleEntity[],
  event: { programmeId: string; cohortId: string | null },
): ReminderRuleEntity[] {
  const own = rules.filter((r) => r.cohortId !== null && r.cohortId === event.cohortId);
  const replaced = new Set(own.flatMap((r) => (r.replacesRuleId ? [r.replacesRuleId] : [])));
  const defaults = rules.filter(
    (r) => r.programmeId === event.programmeId && r.cohortId === null && !replaced.has(r.id),
  );
  return [...defaults, ...own].filter((r) => r.enabled);
}
