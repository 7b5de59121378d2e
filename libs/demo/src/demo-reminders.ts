import { ReminderAnchor, ReminderTemplate } from '@zyklus/reminders';
import type { ReminderAudience, ReminderEventKind } from '@zyklus/reminders';
import { WORKSHOP_EVENT_KIND, WorkshopAudience } from '@zyklus/workshops';
import { randomUUID } from 'node:crypto';

/** A programme reminder rule as a row. */
export interface DemoReminderRule {
  id: string;
  programmeId: string;
  cohortId: null;
  scopeId: null;
  replacesRuleId: null;
  eventKind: ReminderEventKind;
  audience: ReminderAudience;
  anchor: ReminderAnchor;
  offsetDays: number;
  offsetMinutes: number;
  template: ReminderTemplate;
  nudge: string | null;
  enabled: boolean;
  effectiveFrom: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** Days before a workshop's start that its participants are reminded (DESIGN §5, the demo). */
export const DEMO_REMINDER_DAYS = [7, 1] as const;

/**
 * The programme's default reminders, switched on by the program manager at `createdAt`: the
 * participating coordinators hear of each workshop 7 days and 1 day before it starts, and the
 * program managers are nudged 3 days after a workshop whose attendance is not recorded yet.
 */
export function planReminderRules(programmeId: string, createdAt: Date): DemoReminderRule[] {
  const base = {
    programmeId,
    cohortId: null,
    scopeId: null,
    replacesRuleId: null,
    eventKind: WORKSHOP_EVENT_KIND,
    offsetMinutes: 0,
    enabled: true,
    effectiveFrom: createdAt,
    createdAt,
    updatedAt: createdAt,
  };
  const nudge: DemoReminderRule = {
    ...base,
    id: randomUUID(),
    audience: WorkshopAudience.PROGRAM_MANAGERS,
    anchor: ReminderAnchor.END,
    offsetDays: 3,
    template: ReminderTemplate.NUDGE,
    nudge: 'ATTENDANCE_NOT_RECORDED',
  };
  return [...reminders(base), nudge];
}

function reminders(
  base: Omit<DemoReminderRule, 'id' | 'audience' | 'anchor' | 'offsetDays' | 'template' | 'nudge'>,
): DemoReminderRule[] {
  return DEMO_REMINDER_DAYS.map((days) => ({
    ...base,
    id: randomUUID(),
    audience: WorkshopAudience.PARTICIPANTS,
    anchor: ReminderAnchor.START,
    offsetDays: -days,
    template: ReminderTemplate.REMINDER,
    nudge: null,
  }));
}
