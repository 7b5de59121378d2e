import { ReminderAnchor, ReminderTemplate } from '@zyklus/reminders';
import type { ReminderAudience, ReminderEventKind } from '@zyklus/reminders';
import { WORKSHOP_EVENT_KIND, WorkshopAudience } from '@zyklus/workshops';
import { randomUUID } from 'node:crypto';

/** A programme reminder rule as a row. */
export interface DemoReminderRule {
  id: string;
  programmeId: string;
  cohortId: null;
  replacesRuleId: null;
  eventKind: ReminderEventKind;
  audience: ReminderAudience;
  anchor: ReminderAnchor;
  offsetDays: number;
  offsetMinutes: number;
  template: ReminderTemplate;
  enabled: boolean;
  effectiveFrom: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** Days before a workshop's start that its participants are reminded (DESIGN §5, the demo). */
export const DEMO_REMINDER_DAYS = [7, 1] as const;

/**
 * The programme's default reminders, switched on by the program manager at `createdAt`: the
 * participating coordinators hear of each workshop 7 days and 1 day before it starts.
 */
export function planReminderRules(programmeId: string, createdAt: Date): DemoReminderRule[] {
  return DEMO_REMINDER_DAYS.map((days) => ({
    id: randomUUID(),
    programmeId,
    cohortId: null,
    replacesRuleId: null,
    eventKind: WORKSHOP_EVENT_KIND,
    audience: WorkshopAudience.PARTICIPANTS,
    anchor: ReminderAnchor.START,
    offsetDays: -days,
    offsetMinutes: 0,
    template: ReminderTemplate.REMINDER,
    enabled: true,
    effectiveFrom: createdAt,
    createdAt,
    updatedAt: createdAt,
  }));
}
