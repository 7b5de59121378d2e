import { mailTemplateFolder } from '@zyklus/mail';
import { ReminderAudienceSpec, ReminderKind } from '@zyklus/reminders';
import { join } from 'node:path';

/** The workshops' kind of event for the reminders. */
export const WORKSHOP_EVENT_KIND = 'WORKSHOP';

/** Who workshop reminders go to. */
export const WorkshopAudience = {
  PARTICIPANTS: 'PARTICIPANTS',
  FACILITATORS: 'FACILITATORS',
  PROGRAM_MANAGERS: 'PROGRAM_MANAGERS',
} as const;

/** The audiences of workshop reminders, in the order a person's role in a mail is decided. */
export const WORKSHOP_AUDIENCES: readonly ReminderAudienceSpec[] = [
  {
    name: WorkshopAudience.PARTICIPANTS,
    description: 'The coordinators of the networks taking part.',
    attendeeRole: 'REQ-PARTICIPANT',
    canDecline: true,
    toldOfCancellation: true,
    leftReason: 'participant withdrew or no longer coordinates the network',
  },
  {
    name: WorkshopAudience.FACILITATORS,
    description: 'The workshop’s facilitators who are people of Zyklus.',
    attendeeRole: 'CHAIR',
    templateFlag: 'asFacilitator',
    toldOfCancellation: true,
    leftReason: 'no longer a facilitator',
  },
  {
    name: WorkshopAudience.PROGRAM_MANAGERS,
    description: 'Every program manager.',
    attendeeRole: 'OPT-PARTICIPANT',
    templateFlag: 'asManager',
    leftReason: 'no longer a program manager',
    fromRole: 'PROGRAM_MANAGER',
  },
];

const mail = (name: string) => mailTemplateFolder(join(__dirname, 'mail', name));

/** The workshops' reminder mails (folders beside this file). */
export const WORKSHOP_MAILS: Record<ReminderKind, ReturnType<typeof mail>> = {
  [ReminderKind.REMINDER]: mail('workshop-reminder'),
  [ReminderKind.CHANGE_NOTICE]: mail('workshop-changed'),
  [ReminderKind.CANCELLATION]: mail('workshop-cancelled'),
  [ReminderKind.PERSONAL_CANCELLATION]: mail('workshop-not-attending'),
};
