import {
  ReminderAnchor,
  ReminderAudience,
  ReminderEventKind,
  ReminderKind,
} from '../rule/reminder-enums';

/** A claimed ledger row with what the dispatcher needs of it (the claim statement's columns). */
export interface Claimed {
  id: string;
  kind: ReminderKind;
  event_kind: ReminderEventKind;
  event_id: string;
  recipient_id: string | null;
  /** A contact without an account instead of a person (see ReminderEntity.contactId). */
  contact_id: string | null;
  due_at: Date;
  attempts: number;
  /** The planner's revision of the row when it was claimed (see ReminderEntity.revision). */
  revision: number;
  /** Until when this instance holds the row (the lease). */
  claimed_until: Date;
  /** The person declined the event ("I can't come"). */
  declined: boolean;
  /**
   * For a personal cancellation: whether an invitation (a reminder or change notice) of the
   * event went out to the person, or is going out. Null for other kinds.
   */
  invited: boolean | null;
  rule_anchor: ReminderAnchor | null;
  rule_offset_days: number | null;
  rule_offset_minutes: number | null;
  rule_template: string | null;
  /** For a NUDGE rule: which of its kind's nudges. */
  rule_nudge: string | null;
  rule_audience: ReminderAudience | null;
  rule_enabled: boolean | null;
}
