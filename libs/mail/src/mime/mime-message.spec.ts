import { simpleParser } from 'mailparser';
import { buildMimeMessage, MimeContent } from './mime-message';

const content = (overrides: Partial<MimeContent> = {}): MimeContent => ({
  from: { name: 'Zyklus', address: 'zyklus@example.org' },
  to: { name: 'Jana Koordinatorin', address: 'jana@example.org' },
  subject: 'Erinnerung: Wirkungsmessung am 04.03.2030',
  text: 'Guten Tag Jana,\n\nbis bald.',
  html: '<p>Guten Tag Jana,</p>',
  bodyEncoding: 'base64',
  date: new Date('2030-02-25T08:00:00Z'),
  ...overrides,
});

describe('buildMimeMessage', () => {
  it('writes text and HTML as alternatives, with the envelope and a Message-ID of the sender domain', async () => {
    const message = buildMimeMessage(content());
    const mail = await simpleParser(message.raw);

    expect(message.envelope).toEqual({ from: 'zyklus@example.org', to: ['jana@example.org'] });
    expect(message.messageId).toMatch(/^<[0-9a-f-]{36}@example\.org>$/);
    expect(mail.messageId).toBe(message.messageId);
    expect(mail.headers.get('content-type')).toMatchObject({ value: 'multipart/alternative' });
    expect(mail.date?.toISOString()).toBe('2030-02-25T08:00:00.000Z');
    expect(mail.text).toBe('Guten Tag Jana,\n\nbis bald.');
    expect(mail.html).toBe('<p>Guten Tag Jana,</p>');
    expect(mail.attachments).toEqual([]);
  });

  it('keeps every line within 78 characters and ends lines with CRLF only', () => {
    const raw = buildMimeMessage(
      content({
        subject: `Erinnerung: ${'Storytelling für MINT-Regionen – '.repeat(6)}am 04.03.2030`,
        text: 'x'.repeat(500),
        html: `<p>${'ä'.repeat(300)}</p>`,
        attachments: [
          { filename: 'termin.ics', contentType: 'text/calendar', content: 'y'.repeat(400) },
        ],
      }),
    ).raw.toString('latin1');

    expect(raw.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('reads back a long subject with umlauts, a header-breaking name and the attachment', async () => {
    const subject = `Geändert: ${'Transferwerkstatt in Hamburg – '.repeat(4)}am 12.05.2030`;
    const mail = await simpleParser(
      buildMimeMessage(
        content({
          subject: `${subject}\r\nBcc: someone@example.org`,
          to: { name: 'Ben "B." Brandt\r\nBcc: x@example.org', address: 'ben@example.org' },
          attachments: [
            {
              filename: 'absage.ics',
              contentType: 'text/calendar; charset=utf-8; method=CANCEL',
              content: 'BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n',
            },
          ],
        }),
      ).raw,
    );

    expect(mail.subject).toBe(`${subject} Bcc: someone@example.org`);
    expect(mail.bcc).toBeUndefined();
    expect(mail.to).toMatchObject({
      value: [{ name: 'Ben "B." Brandt Bcc: x@example.org', address: 'ben@example.org' }],
    });
    expect(mail.attachments).toMatchObject([
      { filename: 'absage.ics', contentType: 'text/calendar', contentDisposition: 'attachment' },
    ]);
    expect(mail.attachments[0]?.content.toString()).toContain('METHOD:CANCEL');
  });

  it('writes .eml files a person opens as they read, a long link on one line', async () => {
    const link = `https://zyklus.example.org/sign-in?token=${'a1b2c3'.repeat(12)}&x=1`;
    const message = buildMimeMessage(
      content({
        bodyEncoding: 'readable',
        text: `Grüße\n.\n${link}\nEnde`,
        html: `<a href="${link}">x</a>`,
      }),
    );
    const raw = message.raw.toString('utf8');
    expect(raw).toContain('Content-Transfer-Encoding: 8bit');
    expect(raw).toContain(`\r\n${link}\r\n`);
    expect(raw).toContain(`<a href="${link}">`);
    expect((await simpleParser(message.raw)).text).toBe(`Grüße\n.\n${link}\nEnde`);
  });

  it('falls back to quoted-printable for a line too long for a mail', async () => {
    const long = 'x'.repeat(1200);
    const message = buildMimeMessage(content({ bodyEncoding: 'readable', text: long }));
    expect(message.raw.toString('utf8')).toContain('Content-Transfer-Encoding: quoted-printable');
    expect((await simpleParser(message.raw)).text).toBe(long);
  });

  it('says it was written by a program and where answers go', async () => {
    const mail = await simpleParser(
      buildMimeMessage(
        content({ replyTo: { name: 'Programmbüro MINT', address: 'buero@example.org' } }),
      ).raw,
    );
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.replyTo?.value).toEqual([
      { name: 'Programmbüro MINT', address: 'buero@example.org' },
    ]);
  });

  it('writes an international domain in punycode and refuses what it cannot write', () => {
    expect(
      buildMimeMessage(content({ to: { name: 'Jo', address: 'jo@bücher.example' } })).envelope.to,
    ).toEqual(['jo@xn--bcher-kva.example']);
    expect(() =>
      buildMimeMessage(content({ to: { name: 'Jo', address: 'jo@example.org>\r\nRCPT' } })),
    ).toThrow('Cannot write the address');
  });
});
