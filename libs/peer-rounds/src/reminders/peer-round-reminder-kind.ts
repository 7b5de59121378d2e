import { mailTemplateFolder } from '@zyklus/mail';
import { ReminderAudienceSpec, ReminderKind } from '@zyklus/reminders';
import { join } from 'node:path';

/** The peer rounds' kind of event for the reminders. */
export const PEER_ROUND_EVENT_KIND = 'PEER_ROUND';

/** Who peer-round reminders go to. */
export const PeerRoundAudience = {
  CASE_GIVERS: 'CASE_GIVERS',
  MODERATOR: 'MODERATOR',
  SECRETARY: 'SECRETARY',
  MEMBERS: 'MEMBERS',
} as const;

const LEFT = 'left the group, or answered no';

/**
 * The audiences, in the order a person's role in a mail is decided (a case giver's reminder says
 * "prepare your case"). Everyone of them is a member on the round's day who has not answered no;
 * all may decline from the mail (recorded as the answer NO).
 */
export const PEER_ROUND_AUDIENCES: readonly ReminderAudienceSpec[] = [
  {
    name: PeerRoundAudience.CASE_GIVERS,
    description: 'The round’s case givers (Fallgeber:innen).',
    attendeeRole: 'REQ-PARTICIPANT',
    templateFlag: 'asCaseGiver',
    canDecline: true,
    toldOfCancellation: true,
    leftReason: `no longer a case giver, ${LEFT}`,
  },
  {
    name: PeerRoundAudience.MODERATOR,
    description: 'The round’s moderator.',
    attendeeRole: 'CHAIR',
    templateFlag: 'asModerator',
    canDecline: true,
    toldOfCancellation: true,
    leftReason: `no longer the moderator, ${LEFT}`,
  },
  {
    name: PeerRoundAudience.SECRETARY,
    description: 'The round’s secretary (Protokoll).',
    attendeeRole: 'REQ-PARTICIPANT',
    templateFlag: 'asSecretary',
    canDecline: true,
    toldOfCancellation: true,
    leftReason: `no longer the secretary, ${LEFT}`,
  },
  {
    name: PeerRoundAudience.MEMBERS,
    description: 'The group’s members on the round’s day (a late joiner from their first day).',
    attendeeRole: 'REQ-PARTICIPANT',
    canDecline: true,
    toldOfCancellation: true,
    leftReason: LEFT,
  },
];

export const peerMail = (name: string) => mailTemplateFolder(join(__dirname, 'mail', name));

/** The peer rounds' reminder mails (folders beside this file). */
export const PEER_ROUND_MAILS: Record<ReminderKind, ReturnType<typeof peerMail>> = {
  [ReminderKind.REMINDER]: peerMail('peer-round-reminder'),
  [ReminderKind.CHANGE_NOTICE]: peerMail('peer-round-changed'),
  [ReminderKind.CANCELLATION]: peerMail('peer-round-cancelled'),
  [ReminderKind.PERSONAL_CANCELLATION]: peerMail('peer-round-not-attending'),
};
