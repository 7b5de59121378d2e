import { ReminderEvent } from '../events/reminder-event';
import { ReminderAudienceSpec } from '../events/reminder-event-source';
import { REASON } from '../planning/ledger-decisions';
import { concernedBy } from '../planning/ledger-plan';
import { ReminderAnchor, ReminderKind, ReminderStatus } from '../rule/reminder-enums';
import type { Claimed } from './claimed';

/** Per loaded event: its audiences as sets, built once. */
const audiences = new WeakMap<ReminderEvent, Map<string, Set<string>>>();

function audience(event: ReminderEvent, which: string /* an audience, or 'ANY' */): Set<string> {
  let sets = audiences.get(event);
  if (!sets) {
    sets = new Map();
    audiences.set(event, sets);
  }
  let set = sets.get(which);
  if (!set) {
    set = which === 'ANY' ? concernedBy(event, new Set()) : new Set(event.recipients[which] ?? []);
    sets.set(which, set);
  }
  return set;
}

/**
 * Why a claimed row is not sent after all, judged on the event and its people as they are at
 * the moment of sending. The planner cancels such rows in the transaction of the change; this
 * catches a row claimed just before that change.
 */
export function standDown(
  row: Claimed,
  event: ReminderEvent,
  personId: string,
  now: Date,
  audiences: readonly ReminderAudienceSpec[],
): { status: ReminderStatus; reason: string } | null {
  const cancelled = (reason: string) => ({ status: ReminderStatus.CANCELLED, reason });
  const concerned = !row.declined && audience(event, 'ANY').has(personId);
  // A personal cancellation is for someone the event goes on without; one who is back keeps it.
  // And only one who was sent the invitation: a reminder in flight when they left may have
  // failed after all.
  if (row.kind === ReminderKind.PERSONAL_CANCELLATION) {
    if (concerned) return cancelled(REASON.concernedAgain);
    return row.invited === false ? cancelled(REASON.notInvited) : null;
  }
  // Only cancellations go out about a cancelled event: a reminder or change notice
  // (METHOD:REQUEST) next to them could bring the event back in people's calendars.
  if (row.kind !== ReminderKind.CANCELLATION) {
    if (event.state === 'CANCELLED') return cancelled(REASON.eventCancelled);
    if (event.state === 'UNPUBLISHED') return cancelled(REASON.eventUnpublished);
  }
  if (row.declined) return cancelled(REASON.declined);
  if (row.kind !== ReminderKind.REMINDER) {
    return concerned ? null : cancelled(REASON.noLongerConcerned);
  }
  // The rule as claimed: the planner cancels the rows of a rule switched off or removed.
  if (!row.rule_audience || !row.rule_enabled) return cancelled(REASON.ruleGone);
  if (!audience(event, row.rule_audience).has(personId)) {
    const left = audiences.find((a) => a.name === row.rule_audience)?.leftReason;
    return cancelled(left ?? REASON.leftAudience);
  }
  const beforeStart = row.rule_anchor === ReminderAnchor.START && row.due_at < event.startsAt;
  if (beforeStart && now >= event.startsAt) {
    return { status: ReminderStatus.SKIPPED, reason: 'event already started' };
  }
  return null;
}
