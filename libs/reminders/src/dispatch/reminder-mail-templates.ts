import { MailTemplateName } from '@zyklus/mail';
import { ReminderEventKind, ReminderKind } from '../rule/reminder-enums';

/**
 * The mail templates per event kind (folders in libs/mail/src/templates). A new kind of event
 * (buddy sessions, peer rounds, local workshops) adds its line here and its templates there;
 * the composer stays as it is. The types make a missing kind or mail a compile error.
 */
export const REMINDER_MAIL_TEMPLATES: Record<
  ReminderEventKind,
  Record<ReminderKind, MailTemplateName>
> = {
  [ReminderEventKind.WORKSHOP]: {
    [ReminderKind.REMINDER]: 'workshop-reminder',
    [ReminderKind.CHANGE_NOTICE]: 'workshop-changed',
    [ReminderKind.CANCELLATION]: 'workshop-cancelled',
    [ReminderKind.PERSONAL_CANCELLATION]: 'workshop-not-attending',
  },
};
