import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Language } from '@zyklus/common';
import { ConfigModule, loadConfig } from '@zyklus/config';
import { simpleParser } from 'mailparser';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SmtpSink } from '../../../test/support/smtp-sink';
import { MailModule } from './mail.module';
import { TEMPLATE_PARTS, TEMPLATES_DIR } from './mail-renderer';
import { MAIL_TEMPLATES, MailMessage } from './mail.types';
import { Mailer } from './mailer';

async function mailerWith(env: Record<string, string>) {
  const module = await Test.createTestingModule({
    imports: [ConfigModule.forRoot(loadConfig({ NODE_ENV: 'test', ...env })), MailModule],
  }).compile();
  await module.init();
  return { mailer: module.get(Mailer), close: () => module.close() };
}

const signInLink = (overrides: Partial<MailMessage['to']> = {}): MailMessage => ({
  to: {
    name: 'Jana Koordinatorin',
    email: 'jana@example.org',
    language: Language.DE,
    ...overrides,
  },
  template: 'sign-in-link',
  data: {
    name: overrides.name ?? 'Jana Koordinatorin',
    link: 'https://zyklus.example.org/sign-in?token=abc',
    validMinutes: 15,
  },
});

describe('Mailer over SMTP', () => {
  let sink: SmtpSink;
  let mailer: Mailer;
  let close: () => Promise<void>;

  beforeAll(async () => {
    sink = await SmtpSink.start();
    ({ mailer, close } = await mailerWith({
      SMTP_URL: sink.url,
      MAIL_FROM: 'Zyklus <zyklus@example.org>',
    }));
  });
  afterAll(async () => {
    await close();
    await sink.close();
  });
  beforeEach(() => sink.clear());

  it('sends a German mail with HTML and plain text, from the configured sender', async () => {
    const sent = await mailer.send(signInLink());
    const mail = await sink.waitFor(() => true);

    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.from?.value).toEqual([{ name: 'Zyklus', address: 'zyklus@example.org' }]);
    expect(mail.to).toMatchObject({
      value: [{ address: 'jana@example.org', name: 'Jana Koordinatorin' }],
    });
    expect(mail.subject).toBe('Ihr Anmeldelink für Zyklus');
    expect(mail.text).toContain('Guten Tag Jana Koordinatorin,');
    expect(mail.text).toContain('\nhttps://zyklus.example.org/sign-in?token=abc\n');
    expect(mail.text).toContain('Der Link ist 15 Minuten gültig');
    expect(mail.text).toContain(
      'weil für diese Adresse ein Anmeldelink bei Zyklus angefordert wurde',
    );
    expect(mail.html).toContain('Jetzt anmelden');
    expect(mail.html).toContain('Der Link ist 15 Minuten gültig');
    expect(mail.html).toContain('<html lang="de">');
  });

  it('writes in English to a person who prefers it', async () => {
    await mailer.send(signInLink({ language: Language.EN }));
    const mail = await sink.waitFor(() => true);
    expect(mail.subject).toBe('Your sign-in link for Zyklus');
    expect(mail.text).toContain('Hello Jana Koordinatorin,');
    expect(mail.html).toContain('<html lang="en">');
  });

  it('escapes what people typed in the HTML part and keeps it literal in the text part', async () => {
    const name = '<script>alert(1)</script> & Co';
    await mailer.send(signInLink({ name }));
    const mail = await sink.waitFor(() => true);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(mail.text).toContain(`Guten Tag ${name},`);
  });

  it('shows the programme in the header and carries attachments', async () => {
    await mailer.send({
      ...signInLink(),
      programmeName: 'MINT-Qualitätsoffensive',
      attachments: [
        {
          filename: 'termin.ics',
          content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
          contentType: 'text/calendar; method=REQUEST',
        },
      ],
    });
    const mail = await sink.waitFor(() => true);
    expect(mail.text?.split('\n')[0]).toBe('MINT-Qualitätsoffensive');
    expect(mail.attachments).toMatchObject([
      { filename: 'termin.ics', contentType: 'text/calendar' },
    ]);
    expect(mail.attachments[0]?.content.toString()).toContain('BEGIN:VCALENDAR');
  });

  it('delivers five mails sent at once', async () => {
    await Promise.all(
      [1, 2, 3, 4, 5].map((i) => mailer.send(signInLink({ email: `person${i}@example.org` }))),
    );
    expect(sink.messages.map((m) => (m.to as { text: string }).text).sort()).toEqual(
      [1, 2, 3, 4, 5].map((i) => `"Jana Koordinatorin" <person${i}@example.org>`).sort(),
    );
  });

  it('reports a refused mail to the caller and sends the next one over the same pool', async () => {
    sink.failNext(1);
    await expect(mailer.send(signInLink())).rejects.toThrow(/451|Try again later/);

    const sent = await mailer.send(signInLink({ email: 'next@example.org' }));
    const mail = await sink.waitFor((m) => m.messageId === sent.messageId);
    expect(mail.to).toMatchObject({ value: [{ address: 'next@example.org' }] });
  });

  it('sends over a new connection when the server has ended the idle ones', async () => {
    await mailer.send(signInLink());
    sink.dropConnections();
    const sent = await mailer.send(signInLink({ email: 'later@example.org' }));
    expect((await sink.waitFor((m) => m.messageId === sent.messageId)).to).toMatchObject({
      value: [{ address: 'later@example.org' }],
    });
  });

  it('writes names, subjects and domains beyond ASCII so that mail programs read them back', async () => {
    const sent = await mailer.send({
      ...signInLink({ name: 'Jürgen "Jo" Müller, Dr.', email: 'juergen@bücher.example' }),
      programmeName: 'MINT-Qualitätsoffensive',
    });
    const mail = await sink.waitFor((m) => m.messageId === sent.messageId);
    expect(mail.to).toMatchObject({
      value: [{ name: 'Jürgen "Jo" Müller, Dr.', address: 'juergen@bücher.example' }],
    });
    expect(mail.subject).toBe('Ihr Anmeldelink für Zyklus');
    expect(mail.text).toContain('Guten Tag Jürgen "Jo" Müller, Dr.,');
    expect(mail.html).toContain('Guten Tag Jürgen &quot;Jo&quot; Müller, Dr.,');
    expect(mail.text?.split('\n')[0]).toBe('MINT-Qualitätsoffensive');
  });

  it('sends to an address with a non-ASCII local part too', async () => {
    const sent = await mailer.send(signInLink({ email: 'jürgen@example.org' }));
    const mail = await sink.waitFor((m) => m.messageId === sent.messageId);
    expect(mail.to).toMatchObject({ value: [{ address: 'jürgen@example.org' }] });
    expect(mail.text).toContain('https://zyklus.example.org/sign-in?token=abc');
  });

  it('renders mails that differ only in the name once, and greets each person by their own name', async () => {
    const reminder = (name: string, email: string): MailMessage => ({
      to: { name, email, language: Language.DE },
      template: 'sign-in-link',
      data: { name, link: 'https://zyklus.example.org/sign-in?token=same', validMinutes: 15 },
      perRecipient: ['name'],
    });
    await Promise.all([
      mailer.send(reminder('Anna Alt', 'anna@example.org')),
      mailer.send(reminder('<b>Ben</b> & Co', 'ben@example.org')),
    ]);
    const anna = await sink.waitFor((m) => m.text?.includes('Guten Tag Anna Alt,') ?? false);
    const ben = await sink.waitFor((m) => m.text?.includes('Guten Tag <b>Ben</b> & Co,') ?? false);
    expect(anna.html).toContain('Guten Tag Anna Alt,');
    expect(anna.html).not.toContain('Ben');
    expect(ben.html).toContain('Guten Tag &lt;b&gt;Ben&lt;/b&gt; &amp; Co,');
    expect(ben.html).not.toContain('<b>Ben</b>');
  });

  it('drops the queued mail when the caller gives up, but awaits the answer to one whose data went out', async () => {
    // One connection: the second mail waits in the queue behind the hung one.
    const single = await mailerWith({
      SMTP_URL: sink.url,
      SMTP_POOL_SIZE: '1',
      SMTP_DATA_TIMEOUT: '2s',
    });
    try {
      sink.stallNext(1);
      const stalled = sink.stalled();
      const controller = new AbortController();
      const hung = single.mailer.send(signInLink(), { signal: controller.signal });
      const queued = single.mailer.send(signInLink({ email: 'queued@example.org' }), {
        signal: controller.signal,
      });
      await stalled;
      controller.abort(new Error('the batch ran out of its send window'));

      await expect(queued).rejects.toThrow('Not sent: the batch ran out of its send window');
      // The server has the whole mail: breaking off could let it deliver unnoticed, so its
      // answer is awaited, up to SMTP_DATA_TIMEOUT.
      await expect(hung).rejects.toThrow(/Timeout/i);
      expect(sink.messages).toHaveLength(0);

      const sent = await single.mailer.send(signInLink({ email: 'after@example.org' }));
      expect((await sink.waitFor(() => true)).messageId).toBe(sent.messageId);
      expect(sink.messages).toHaveLength(1);
    } finally {
      await single.close();
    }
  });
});

describe('Mailer without SMTP', () => {
  it('writes each mail as a readable .eml file into the outbox folder', async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), 'zyklus-mail-')), 'outbox');
    const { mailer, close } = await mailerWith({ MAIL_OUTBOX_DIR: outbox });
    try {
      const sent = await mailer.send(signInLink());
      expect(sent.outboxFile).toBeDefined();
      const files = readdirSync(outbox);
      expect(files).toEqual([
        expect.stringMatching(/^\d{8}T\d{6}Z-jana-example-org-sign-in-link-[0-9a-f]{6}\.eml$/),
      ]);
      const mail = await simpleParser(readFileSync(join(outbox, files[0]!)));
      expect(mail.subject).toBe('Ihr Anmeldelink für Zyklus');
      expect(mail.to).toMatchObject({ value: [{ address: 'jana@example.org' }] });
      expect(mail.text).toContain('https://zyklus.example.org/sign-in?token=abc');
      // Read in an editor, the link stands whole on its line.
      expect(readFileSync(join(outbox, files[0]!), 'utf8')).toContain(
        '\r\nhttps://zyklus.example.org/sign-in?token=abc\r\n',
      );
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.replyTo?.value[0]?.address).toBe('zyklus@localhost');
    } finally {
      await close();
      rmSync(join(outbox, '..'), { recursive: true, force: true });
    }
  });

  it('logs the link a mail is about in plain text, outside production', async () => {
    const outbox = join(mkdtempSync(join(tmpdir(), 'zyklus-mail-')), 'outbox');
    const { mailer, close } = await mailerWith({ MAIL_OUTBOX_DIR: outbox, LOG_LEVEL: 'log' });
    const logged: string[] = [];
    const spy = jest
      .spyOn(Logger.prototype, 'log')
      .mockImplementation((message: unknown) => void logged.push(String(message)));
    try {
      await mailer.send({
        ...signInLink(),
        devLink: 'https://zyklus.example.org/sign-in?token=abc',
      });
      expect(logged).toContain('Link in that mail: https://zyklus.example.org/sign-in?token=abc');
    } finally {
      spy.mockRestore();
      await close();
      rmSync(join(outbox, '..'), { recursive: true, force: true });
    }
  });
});

describe('mail templates', () => {
  it.each(MAIL_TEMPLATES)(
    '%s has a subject, HTML, text and reason in German and English',
    (template) => {
      for (const language of Object.values(Language)) {
        for (const part of TEMPLATE_PARTS) {
          expect(existsSync(join(TEMPLATES_DIR, template, `${language}.${part}.hbs`))).toBe(true);
        }
      }
    },
  );
});
