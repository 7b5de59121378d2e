import { Language } from '@zyklus/common';

/** The mails Zyklus sends; each is a folder in `templates/`. */
export const MAIL_TEMPLATES = [
  'sign-in-link',
  'invitation',
  'workshop-reminder',
  'workshop-changed',
  'workshop-cancelled',
] as const;
export type MailTemplateName = (typeof MAIL_TEMPLATES)[number];

export interface MailRecipient {
  name: string;
  email: string;
  language: Language;
}

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  /** e.g. `text/calendar; method=REQUEST` for an .ics invitation. */
  contentType: string;
}

export interface MailMessage {
  to: MailRecipient;
  template: MailTemplateName;
  /** Values for the template; HTML escapes every one of them. */
  data: Record<string, unknown>;
  /** Shown in the layout's header; "Zyklus" when absent. */
  programmeName?: string;
  attachments?: MailAttachment[];
}

export interface SentMail {
  messageId: string;
  /** The .eml file, when mails go to the outbox folder. */
  outboxFile?: string;
}
