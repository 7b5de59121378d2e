import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import { randomBytes } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { Transporter } from 'nodemailer';
import { MailRenderer } from './mail-renderer';
import { MailMessage, SentMail } from './mail.types';

/** `20261123T005400Z-jana-example-org-sign-in-link-1a2b3c.eml`: sorts by time, readable. */
function outboxFileName(message: MailMessage, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const who = message.to.email.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return `${stamp}-${who}-${message.template}-${randomBytes(3).toString('hex')}.eml`;
}

/**
 * Sends every mail of Zyklus: renders the template in the recipient's language and sends it
 * through one pooled SMTP transport (SMTP_URL), or, without SMTP, writes it as an .eml file
 * to the outbox folder, so nothing is lost and a person can open it. Send errors reach the
 * caller, who decides about retries.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly renderer = new MailRenderer();
  private readonly transport: Transporter;
  private readonly outbox: boolean;

  constructor(private readonly config: AppConfig) {
    this.outbox = !config.mail.smtpUrl;
    this.transport = config.mail.smtpUrl
      ? nodemailer.createTransport({
          url: config.mail.smtpUrl,
          pool: true,
          maxConnections: config.mail.smtpPoolSize,
          // Reconnecting costs a handshake: keep a connection for many messages.
          maxMessages: 1000,
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  async send(message: MailMessage): Promise<SentMail> {
    const { subject, html, text } = this.renderer.render(
      message.template,
      message.to.language,
      message.data,
      message.programmeName,
    );
    const info = (await this.transport.sendMail({
      from: this.config.mail.from,
      to: { name: message.to.name, address: message.to.email },
      subject,
      html,
      text,
      attachments: message.attachments?.map((a) => ({ ...a })),
      // Over SMTP base64 costs a fraction of quoted-printable's CPU; .eml files in the outbox
      // stay readable in a text editor.
      ...(this.outbox ? {} : { textEncoding: 'base64' as const }),
    })) as { messageId: string; message?: Buffer };
    if (!this.outbox) {
      this.logger.log(`Sent "${subject}" to ${message.to.email} (${info.messageId})`);
      return { messageId: info.messageId };
    }
    await mkdir(this.config.mail.outboxDir, { recursive: true });
    const file = join(this.config.mail.outboxDir, outboxFileName(message, new Date()));
    // Write, then rename: whoever watches the folder never sees half a mail.
    await writeFile(`${file}.part`, info.message ?? '');
    await rename(`${file}.part`, file);
    this.logger.log(`Wrote "${subject}" to ${message.to.email} into ${file}`);
    return { messageId: info.messageId, outboxFile: file };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
