import { ObjectType } from '@nestjs/graphql';
import { mailTemplateFolder } from '@zyklus/mail';
import { ReminderAudienceSpec, ReminderEventNode } from '@zyklus/reminders';
import { join } from 'node:path';

/** A local workshop (reminders, change notices, cancellations, feed). */
export const LOCAL_WORKSHOP = 'LOCAL_WORKSHOP';
/** A network's participation as the subject of "no local cycle planned yet" (nudges only). */
export const LOCAL_CYCLE_START = 'LOCAL_CYCLE_START';
/** An enrolled initiative's current phase as the subject of "same phase for 30 days". */
export const SELF_ANALYSIS_PHASE = 'SELF_ANALYSIS_PHASE';

export const LocalNudge = {
  NO_LOCAL_CYCLE: 'NO_LOCAL_CYCLE',
  PHASE_STALLED: 'PHASE_STALLED',
} as const;

export const localMail = (name: string) => mailTemplateFolder(join(__dirname, 'mail', name));

export const COORDINATOR: ReminderAudienceSpec = {
  name: 'COORDINATOR',
  description: 'Who coordinates the network (Netzwerkkoordination).',
  attendeeRole: 'CHAIR',
  toldOfCancellation: true,
  leftReason: 'no longer coordinates the network',
};

/**
 * The contact persons of the initiatives invited to or enrolled in the workshop's cycle who
 * agreed to mails: no account, so the ledger holds them as contacts (the initiative's id) and
 * every mail carries their one-click unsubscribe. Invitations, changes and cancellations reach
 * them from ContactNotices; the ledger sends them the rules' reminders.
 */
export const INITIATIVE_CONTACTS: ReminderAudienceSpec = {
  name: 'INITIATIVE_CONTACTS',
  description:
    'The contact persons of the initiatives invited to or enrolled in the local cycle who agreed to mails (Ansprechpersonen der MINT-Initiativen; no account, every mail with a one-click unsubscribe).',
  attendeeRole: 'REQ-PARTICIPANT',
  templateFlag: 'asContact',
  contacts: true,
  leftReason:
    'initiative withdrawn, or its contact person removed, without consent or unsubscribed',
};

export const PROGRAM_MANAGERS: ReminderAudienceSpec = {
  name: 'PROGRAM_MANAGERS',
  description: 'Every program manager.',
  attendeeRole: 'OPT-PARTICIPANT',
  templateFlag: 'asManager',
  leftReason: 'no longer a program manager',
  fromRole: 'PROGRAM_MANAGER',
};

@ObjectType({
  implements: () => ReminderEventNode,
  description: 'A local workshop (Workshop vor Ort) as the reminders see it.',
})
export class LocalWorkshopReminderEvent extends ReminderEventNode {}

@ObjectType({
  implements: () => ReminderEventNode,
  description: 'A network’s participation, the subject of “no local cycle planned yet”.',
})
export class LocalCycleStartReminderEvent extends ReminderEventNode {}

@ObjectType({
  implements: () => ReminderEventNode,
  description: 'An initiative’s self-analysis phase, the subject of “same phase for 30 days”.',
})
export class SelfAnalysisPhaseReminderEvent extends ReminderEventNode {}
