import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import { setMaxListeners } from 'node:events';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import MailComposer from 'nodemailer/lib/mail-composer';
import { MailRenderer } from './mail-renderer';
import { MailMessage, SendOptions, SentMail } from './mail.types';
import { parseMailbox } from './mail-address';
import { buildMimeMessage, canWriteAddress, MimeAddress } from './mime/mime-message';
import { SmtpEnvelope, SmtpPool } from './smtp/smtp-pool';

/** `20261123T005400Z-jana-example-org-sign-in-link-1a2b3c.eml`: sorts by time, readable. */
function outboxFileName(message: MailMessage, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const who = message.to.email.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return `${stamp}-${who}-${basename(message.template)}-${randomBytes(3).toString('hex')}.eml`;
}

interface Raw {
  messageId: string;
  envelope: SmtpEnvelope;
  raw: Buffer;
}

/**
 * Sends every mail of Zyklus: renders the template in the recipient's language, writes the MIME
 * message, and sends it through one pool of SMTP connections (SMTP_URL), created once per
 * process, or, without SMTP, writes it as an .eml file to the outbox folder, so nothing is lost
 * and a person can open it. Send errors reach the caller, who decides about retries.
 *
 * Every wait for the SMTP server is bounded by SMTP_TIMEOUT (connecting including the greeting,
 * then each reply) and the reply to a mail's data by SMTP_DATA_TIMEOUT, below a reminder
 * claim's lease; a caller that must finish by a deadline passes an AbortSignal.
 *
 * Every mail says `Auto-Submitted: auto-generated` and has a Reply-To: the message's (a
 * programme office), else MAIL_FROM.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly renderer = new MailRenderer();
  private readonly pool: SmtpPool | null;
  private readonly from: MimeAddress;

  constructor(private readonly config: AppConfig) {
    this.from = parseMailbox(config.mail.from);
    this.pool = config.mail.smtpUrl
      ? new SmtpPool({
          url: config.mail.smtpUrl,
          size: config.mail.smtpPoolSize,
          timeoutMs: config.mail.timeoutSeconds * 1000,
          dataTimeoutMs: config.mail.dataTimeoutSeconds * 1000,
        })
      : null;
  }

  async send(message: MailMessage, options: SendOptions = {}): Promise<SentMail> {
    const rendered = this.renderer.render(
      message.template,
      message.to.language,
      message.data,
      message.programmeName,
      message.perRecipient,
      message.renderKey,
    );
    const to = { name: message.to.name, address: message.to.email };
    const replyTo = this.replyTo(message.replyTo);
    const mime = canWriteAddress(to.address)
      ? buildMimeMessage({
          from: this.from,
          to,
          replyTo,
          ...rendered,
          attachments: message.attachments,
          // Over SMTP base64 costs a fraction of quoted-printable's CPU; .eml files in the
          // outbox stay readable in a text editor, links whole.
          bodyEncoding: this.pool ? 'base64' : 'readable',
          date: new Date(),
        })
      : // A non-ASCII local part needs SMTPUTF8 and what nodemailer's composer knows about it.
        await this.composed(message, to, replyTo, rendered);
    if (!this.pool) return this.writeToOutbox(message, rendered.subject, mime);
    const { signal } = options;
    // One signal often stands for a whole batch: hundreds of listeners are expected.
    if (signal) setMaxListeners(0, signal);
    await this.pool.send(mime.envelope, mime.raw, signal);
    // Per mail only at debug: a batch of reminders logs its counts, and addresses are personal.
    this.logger.debug(`Sent "${rendered.subject}" to ${message.to.email} (${mime.messageId})`);
    return { messageId: mime.messageId };
  }

  onApplicationShutdown(): void {
    this.pool?.close();
  }

  /** The message's Reply-To if it has a usable one, else the sender. */
  private replyTo(replyTo: string | null | undefined): MimeAddress {
    const parsed = replyTo ? parseMailbox(replyTo) : null;
    return parsed && canWriteAddress(parsed.address) ? parsed : this.from;
  }

  private async composed(
    message: MailMessage,
    to: MimeAddress,
    replyTo: MimeAddress,
    rendered: { subject: string; html: string; text: string },
  ): Promise<Raw> {
    const node = new MailComposer({
      from: this.config.mail.from,
      to,
      replyTo,
      headers: { 'Auto-Submitted': 'auto-generated' },
      ...rendered,
      textEncoding: this.pool ? 'base64' : 'quoted-printable',
      attachments: message.attachments?.map((a) => ({ ...a })),
    }).compile();
    const raw = await new Promise<Buffer>((resolve, reject) =>
      node.build((error, built) => (error ? reject(error) : resolve(built))),
    );
    const envelope = node.getEnvelope();
    return {
      messageId: node.messageId(),
      envelope: { from: envelope.from || this.from.address, to: envelope.to },
      raw,
    };
  }

  private async writeToOutbox(message: MailMessage, subject: string, mime: Raw): Promise<SentMail> {
    await mkdir(this.config.mail.outboxDir, { recursive: true });
    const file = join(this.config.mail.outboxDir, outboxFileName(message, new Date()));
    // Write, then rename: whoever watches the folder never sees half a mail.
    await writeFile(`${file}.part`, mime.raw);
    await rename(`${file}.part`, file);
    this.logger.log(`Wrote "${subject}" to ${message.to.email} into ${file}`);
    // A newcomer without a mail server follows the link from the console.
    if (message.devLink && !this.config.isProduction) {
      this.logger.log(`Link in that mail: ${message.devLink}`);
    }
    return { messageId: mime.messageId, outboxFile: file };
  }
}
