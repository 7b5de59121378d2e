import { EntityManager } from 'typeorm';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderTemplate } from '../rule/reminder-enums';
import type { Claimed } from './claimed';

/**
 * Asks each kind's nudges, just before sending, whether what they nudge about happened
 * meanwhile: per claimed nudge row whose condition no longer holds, the reason ("attendance
 * recorded"); the row is then SKIPPED with it. One question per kind and nudge per batch.
 */
export async function settledNudges(
  manager: EntityManager,
  sources: ReminderEventSources,
  claimed: readonly Claimed[],
): Promise<Map<string, string>> {
  const reasons = new Map<string, string>();
  const nudges = claimed.filter((c) => c.rule_template === ReminderTemplate.NUDGE && c.rule_nudge);
  const groups = new Map<string, Claimed[]>();
  for (const row of nudges) {
    const key = `${row.event_kind}|${row.rule_nudge}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const rows of groups.values()) {
    const { event_kind: kind, rule_nudge: name } = rows[0]!;
    if (!sources.kinds().includes(kind)) continue;
    const nudge = sources.get(kind).nudges?.find((n) => n.name === name);
    if (!nudge) {
      for (const row of rows) reasons.set(row.id, 'nudge no longer offered');
      continue;
    }
    const settled = await nudge.settled(manager, [...new Set(rows.map((r) => r.event_id))]);
    for (const row of rows) {
      const reason = settled.get(row.event_id);
      if (reason) reasons.set(row.id, reason);
    }
  }
  return reasons;
}
