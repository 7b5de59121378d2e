import { ReminderRuleEntity } from '../rule/reminder-rule.entity';

/**
 * The enabled rules for an event: its cohort's own (or its scope's, e.g. a peer group's) and the
 * programme's defaults, except those such a rule replaces (a disabled replacement switches the
 * default off).
 */
export function applicableRules(
  rules: readonly ReminderRuleEntity[],
  event: { programmeId: string; cohortId: string | null; scopeId: string | null },
): ReminderRuleEntity[] {
  const own = rules.filter(
    (r) =>
      (r.cohortId !== null && r.cohortId === event.cohortId) ||
      (r.scopeId !== null && r.scopeId === event.scopeId),
  );
  const replaced = new Set(own.flatMap((r) => (r.replacesRuleId ? [r.replacesRuleId] : [])));
  const defaults = rules.filter(
    (r) =>
      r.programmeId === event.programmeId &&
      r.cohortId === null &&
      r.scopeId === null &&
      !replaced.has(r.id),
  );
  return [...defaults, ...own].filter((r) => r.enabled);
}
