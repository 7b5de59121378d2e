import { Language } from '@zyklus/common';

/** The mails of this library; each is a folder in `templates/`. */
export const MAIL_TEMPLATES = ['sign-in-link', 'invitation', 'personal-data-export'] as const;
export type MailTemplateName = (typeof MAIL_TEMPLATES)[number];

/**
 * A template folder another library ships beside its code (e.g. a context's reminder mails),
 * checked when it is named: `mailTemplateFolder(join(__dirname, 'mail', 'x'))`.
 */
export type MailTemplateFolder = string & { readonly __mailTemplateFolder: true };

/** A mail to send: one of this library's, or a folder of another library's. */
export type MailTemplate = MailTemplateName | MailTemplateFolder;

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
  template: MailTemplate;
  /** Values for the template; HTML escapes every one of them. */
  data: Record<string, unknown>;
  /**
   * Keys of `data` whose values differ from one recipient to the next (e.g. `name`) and that the
   * templates only print: mails whose other data is equal are rendered once and only these
   * values are filled in. For many mails about one event.
   */
  perRecipient?: readonly string[];
  /**
   * With `perRecipient`: a key the caller guarantees to be equal exactly for messages whose other
   * data (and template, language, programme) is equal. Saves writing the data out per mail to
   * find the rendering to reuse.
   */
  renderKey?: string;
  /** Shown in the layout's header; "Zyklus" when absent. */
  programmeName?: string;
  /** Where answers go, `Name <address>` or an address (the programme office); MAIL_FROM if absent. */
  replyTo?: string | null;
  /**
   * The link the mail is about (e.g. a sign-in link). Without SMTP outside production the log
   * shows it in plain text next to the .eml file's name.
   */
  devLink?: string;
  attachments?: MailAttachment[];
}

export interface SendOptions {
  /**
   * Stops the send: a mail still queued is not sent, one in flight is broken off (its
   * connection closed) unless all its data went out (then its reply is awaited), and `send`
   * rejects with the signal's reason.
   */
  signal?: AbortSignal;
}

export interface SentMail {
  messageId: string;
  /** The .eml file, when mails go to the outbox folder. */
  outboxFile?: string;
}
