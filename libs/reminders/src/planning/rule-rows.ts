import { ReminderEntity } from '../ledger/reminder.entity';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import {
  ReminderAnchor,
  ReminderKind,
  ReminderStatus,
  ReminderTemplate,
} from '../rule/reminder-enums';
import { dueAt } from './due-time';
import { afterMove, decide, Decision, firstDecision, REASON, redecide } from './ledger-decisions';
import {
  cancel,
  contactsOf,
  LedgerChanges,
  maybeDelivered,
  PlanInput,
  recipientColumns,
  recipientOf,
} from './plan-basics';

/** One mail the rules want: to one person, one template, at one time, about one date. */
interface Wanted {
  personId: string;
  template: ReminderTemplate;
  due: Date;
  /** The event's start or end it is about. */
  anchor: Date;
  /** The rules that ask for it, by id: the first one sends it. */
  rules: ReminderRuleEntity[];
}

const same = (a: Date | null | undefined, b: Date) => a != null && a.getTime() === b.getTime();

/** Whether the row is (or was) this mail: to the same person, same template, time and date. */
const isMail = (row: ReminderEntity, want: Wanted) =>
  recipientOf(row) === want.personId &&
  row.template === want.template &&
  same(row.dueAt, want.due) &&
  same(row.anchorAt, want.anchor);

/**
 * The rules' reminders of one event. Whatever rules and audiences overlap, a person gets one mail
 * per template, due time and date it is about (a coordinator who also facilitates; a programme
 * and a cohort rule with the same offset): the rule with the lowest id sends it, the others'
 * rows are cancelled as duplicates. A mail that went out (or is being sent) stays what it was:
 * - a rule changed while its reminder was out does not send it again (one reminder per rule,
 *   person and date);
 * - after a move, the date is new: the rules plan their reminders again, as rows of their own
 *   (occasion n), unless their time has passed. Rows never sent are moved instead.
 * Rows a dispatcher is sending are changed like the others (the planner's revision): if the mail
 * goes out, the write-back records it SENT; if not, the change stands.
 */
export function planRuleRows(input: PlanInput, changes: LedgerChanges): void {
  const { rows, now } = input;
  const reminders = rows.filter((r) => r.kind === ReminderKind.REMINDER);
  const kept = new Set<ReminderEntity>();
  const contacts = contactsOf(input.event, input.audiences);
  for (const want of wantedMails(input)) {
    const mine = reminders.filter((r) => recipientOf(r) === want.personId);
    const ofRules = (r: ReminderEntity) => want.rules.some((rule) => rule.id === r.ruleId);
    // This very mail went out (or is going out), under whichever rule; else the rule's row about
    // this date: sent (a rule edit does not send it again), or to follow the rule.
    const own =
      mine.find((r) => maybeDelivered(r) && isMail(r, want)) ??
      best(mine.filter((r) => ofRules(r) && same(r.anchorAt, want.anchor)));
    if (own) {
      kept.add(own);
      if (own.status === ReminderStatus.SENT || own.status === ReminderStatus.FAILED) continue;
      apply(own, want, redecide(own, want.due, now, input.event.startsAt, input.graceMs), changes);
      continue;
    }
    // A row of these rules about another date that never went out follows the move.
    const movable = mine.find(
      (r) =>
        ofRules(r) &&
        !maybeDelivered(r) &&
        r.status !== ReminderStatus.SENT &&
        r.status !== ReminderStatus.FAILED,
    );
    const reminded = mine.some((r) => ofRules(r) && maybeDelivered(r));
    if (movable) {
      kept.add(movable);
      const decision = reminded
        ? afterMove(want.due, now)
        : decide(want.due, now, input.event.startsAt, input.graceMs, REASON.movedToThePast);
      apply(movable, want, decision, changes);
      continue;
    }
    const rule = want.rules[0]!;
    const earlier = rows.filter((r) => r.ruleKey === rule.id && recipientOf(r) === want.personId);
    changes.inserts.push({
      kind: ReminderKind.REMINDER,
      ruleId: rule.id,
      ruleKey: rule.id,
      occasion: earlier.length,
      invitationId: null,
      eventKind: input.event.kind,
      eventId: input.event.id,
      cohortId: input.event.cohortId,
      ...recipientColumns(want.personId, contacts),
      anchorAt: want.anchor,
      template: want.template,
      ...(reminded
        ? afterMove(want.due, now)
        : firstDecision(want.due, now, input.event.startsAt, input.graceMs)),
    });
  }
  for (const row of reminders) {
    if (kept.has(row) || row.status !== ReminderStatus.PENDING) continue;
    cancel(row, goneReason(input, row), changes);
  }
}

/** What the rules ask for, one entry per distinct mail. */
function wantedMails({ event, rules, declined }: PlanInput): Wanted[] {
  const wanted = new Map<string, Wanted>();
  // A completed event still gets its follow-ups; reminders already due were sent or skipped.
  if (event.state !== 'SCHEDULED' && event.state !== 'OVER') return [];
  for (const rule of [...rules].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    // A rule (or one switched on again) never reaches back to events that already began.
    if (rule.effectiveFrom.getTime() > event.startsAt.getTime()) continue;
    const start = rule.anchor === ReminderAnchor.START;
    const anchor = start ? event.startsAt : event.endsAt;
    const due = dueAt(
      start ? event.start : event.end,
      event.timeZone,
      rule.offsetDays,
      rule.offsetMinutes,
    );
    for (const personId of event.recipients[rule.audience] ?? []) {
      if (declined.has(personId)) continue;
      const key = `${personId}|${rule.template}|${rule.nudge}|${due.getTime()}|${anchor.getTime()}`;
      const entry = wanted.get(key);
      if (entry) {
        if (!entry.rules.includes(rule)) entry.rules.push(rule);
      } else {
        wanted.set(key, { personId, template: rule.template, due, anchor, rules: [rule] });
      }
    }
  }
  return [...wanted.values()];
}

/** Of several rows for one mail: the delivered one, else a pending, skipped, cancelled one. */
function best(rows: ReminderEntity[]): ReminderEntity | undefined {
  const rank = (r: ReminderEntity) =>
    maybeDelivered(r)
      ? 0
      : r.status === ReminderStatus.PENDING
        ? 1
        : r.status === ReminderStatus.SKIPPED
          ? 2
          : r.status === ReminderStatus.CANCELLED
            ? 3
            : 4;
  return [...rows].sort((a, b) => rank(a) - rank(b))[0];
}

function apply(
  row: ReminderEntity,
  want: Wanted,
  decision: Decision | null,
  changes: LedgerChanges,
): void {
  const retarget = !same(row.anchorAt, want.anchor) || row.template !== want.template;
  if (!decision && !retarget) return;
  Object.assign(row, decision ?? {}, { anchorAt: want.anchor, template: want.template });
  changes.updates.set(row.id, row);
}

/** Why a rule's pending row is not wanted any more. */
function goneReason({ event, rules, declined, audiences }: PlanInput, row: ReminderEntity): string {
  if (event.state === 'CANCELLED') return REASON.eventCancelled;
  if (event.state === 'UNPUBLISHED') return REASON.eventUnpublished;
  const recipient = recipientOf(row);
  if (!recipient) return REASON.personErased;
  if (declined.has(recipient)) return REASON.declined;
  const rule = rules.find((r) => r.id === row.ruleId);
  if (!rule) return REASON.ruleGone;
  if (rule.effectiveFrom.getTime() > event.startsAt.getTime()) return REASON.ruleNotInEffect;
  if (!(event.recipients[rule.audience] ?? []).includes(recipient)) {
    return audiences.find((a) => a.name === rule.audience)?.leftReason ?? REASON.leftAudience;
  }
  // Wanted, but not this row: it is about another date (it was being sent when the event
  // moved), or another rule sends the same mail.
  const anchor = rule.anchor === ReminderAnchor.START ? event.startsAt : event.endsAt;
  return same(row.anchorAt, anchor) ? REASON.duplicate : REASON.rescheduled;
}
