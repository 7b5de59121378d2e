import { randomBytes, randomUUID } from 'node:crypto';
import { domainToASCII } from 'node:url';
import * as mime from 'nodemailer/lib/mime-funcs';
import * as qp from 'nodemailer/lib/qp';
import type { MailAttachment } from '../mail.types';

import type { Mailbox as MimeAddress } from '../mail-address';

export type { MimeAddress };

/** What one mail consists of: always plain text and HTML, optionally attachments. */
export interface MimeContent {
  from: MimeAddress;
  to: MimeAddress;
  /** Where answers go (the programme office); the sender when absent. */
  replyTo?: MimeAddress;
  subject: string;
  text: string;
  html: string;
  attachments?: readonly MailAttachment[];
  /** One-click unsubscribe (RFC 8058): List-Unsubscribe and List-Unsubscribe-Post. */
  listUnsubscribe?: string;
  /**
   * base64 costs the least CPU over SMTP; `readable` writes text and HTML as they are (8bit)
   * where every line fits (998 octets), so an .eml file reads in an editor with its links whole,
   * and quoted-printable otherwise.
   */
  bodyEncoding: 'base64' | 'readable';
  date: Date;
}

export interface MimeMessage {
  /** With angle brackets, as in the Message-ID header. */
  messageId: string;
  envelope: { from: string; to: string[] };
  /** The whole message (RFC 5322, CRLF line ends), ready for SMTP DATA or an .eml file. */
  raw: Buffer;
}

const CRLF = '\r\n';
/** Unique per process; with a counter it makes each boundary unique without random bytes per mail. */
const BOUNDARY_PREFIX = `--_zyklus_${randomBytes(6).toString('hex')}`;
let boundaries = 0;

/** Addresses we can write without SMTPUTF8: the local part in ASCII, the domain then punycoded. */
export function canWriteAddress(address: string): boolean {
  const at = address.lastIndexOf('@');

  return at > 0 && /^[\x21-\x7e]+$/.test(address.slice(0, at)) && !/[\s<>]/.test(address);
}

/**
 * Writes a mail as MIME in one go, into one buffer: multipart/alternative (text, HTML), inside
 * multipart/mixed when there are attachments. The header encodings (RFC 2047 words, folding,
 * quoted names) and quoted-printable are nodemailer's own functions; ours are the assembly and
 * base64 lines, which nodemailer builds through a chain of streams that cost about a millisecond
 * of CPU per mail. The result goes to SMTP as a raw message, so the transport only moves bytes.
 */
export function buildMimeMessage(content: MimeContent): MimeMessage {
  const to = normalizeAddress(content.to.address);
  const from = normalizeAddress(content.from.address);
  const messageId = `<${randomUUID()}@${from.slice(from.lastIndexOf('@') + 1)}>`;
  const id = ++boundaries;
  const alternative = `${BOUNDARY_PREFIX}_${id}_alt`;
  const attachments = content.attachments ?? [];
  const mixed = attachments.length ? `${BOUNDARY_PREFIX}_${id}_mix` : null;

  const head = [
    header('From', addressHeader(content.from.name, from)),
    header('To', addressHeader(content.to.name, to)),
    ...(content.replyTo
      ? [
          header(
            'Reply-To',
            addressHeader(content.replyTo.name, normalizeAddress(content.replyTo.address)),
          ),
        ]
      : []),
    header('Subject', headerText(content.subject)),
    ...(content.listUnsubscribe
      ? [
          `List-Unsubscribe: <${content.listUnsubscribe.replace(/[\r\n<>]/g, '')}>`,
          'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
        ]
      : []),
    `Message-ID: ${messageId}`,
    `Date: ${content.date.toUTCString().replace(/GMT/, '+0000')}`,
    'MIME-Version: 1.0',
    // RFC 3834: written by a program; auto-responders (out of office) do not answer it.
    'Auto-Submitted: auto-generated',
    `Content-Type: multipart/${mixed ? 'mixed' : 'alternative'}; boundary="${mixed ?? alternative}"`,
  ];
  const text = encodeBody(content.text, content.bodyEncoding);
  const html = encodeBody(content.html, content.bodyEncoding);
  const body = [
    `--${alternative}`,
    `Content-Type: text/plain; charset=utf-8${CRLF}Content-Transfer-Encoding: ${text.encoding}${CRLF}`,
    text.body,
    `--${alternative}`,
    `Content-Type: text/html; charset=utf-8${CRLF}Content-Transfer-Encoding: ${html.encoding}${CRLF}`,
    html.body,
    `--${alternative}--`,
  ];
  let parts: string[];
  if (mixed) {
    parts = [`--${mixed}`, `Content-Type: multipart/alternative; boundary="${alternative}"${CRLF}`];
    parts.push(...body);
    for (const attachment of attachments) {
      parts.push(`--${mixed}`, attachmentHeaders(attachment), wrappedBase64(attachment.content));
    }
    parts.push(`--${mixed}--`);
  } else {
    parts = body;
  }
  const raw = Buffer.from(`${head.join(CRLF)}${CRLF}${CRLF}${parts.join(CRLF)}${CRLF}`, 'utf8');
  return { messageId, envelope: { from, to: [to] }, raw };
}

/** Punycode for an international domain; the local part must be ASCII (canWriteAddress). */
function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  if (!canWriteAddress(trimmed)) throw new Error(`Cannot write the address ${address}`);
  const at = trimmed.lastIndexOf('@');
  const domain = trimmed.slice(at + 1);

  if (/^[\x21-\x7e]+$/.test(domain)) return trimmed;
  const ascii = domainToASCII(domain);
  if (!ascii) throw new Error(`Cannot write the address ${address}`);
  return `${trimmed.slice(0, at)}@${ascii}`;
}

/** `Name <address>` as nodemailer writes it: bare words, a quoted string, or an encoded word. */
function addressHeader(name: string, address: string): string {
  const clean = name.replace(/[\r\n]+/g, ' ').trim();
  if (!clean) return address;
  if (/^[\w ]*$/.test(clean)) return `${clean} <${address}>`;
  if (/^[\x20-\x7e]*$/.test(clean)) return `${mime.quoteString(clean)} <${address}>`;
  return `${mime.encodeWord(clean, 'Q', 52)} <${address}>`;
}

/** An unstructured header (Subject): one line, encoded words only where needed. */
function headerText(value: string): string {
  // eslint-disable-next-line no-control-regex
  const line = value.replace(/[\r\n]+/g, ' ').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
  return mime.encodeWords(line, 'Q', 52, true);
}

function header(key: string, value: string): string {
  return mime.foldLines(`${key}: ${value}`, 76);
}

/** The longest line SMTP and RFC 5322 allow, in octets without CRLF. */
const MAX_LINE_OCTETS = 998;

function encodeBody(
  text: string,
  encoding: MimeContent['bodyEncoding'],
): { encoding: string; body: string } {
  const canonical = text.replace(/\r?\n/g, CRLF);
  if (encoding === 'base64') return { encoding, body: wrappedBase64(canonical) };
  // The boundaries carry a random part no text contains.
  const fits = canonical.split(CRLF).every((line) => Buffer.byteLength(line) <= MAX_LINE_OCTETS);
  return fits
    ? { encoding: '8bit', body: canonical }
    : { encoding: 'quoted-printable', body: qp.wrap(qp.encode(canonical), 76) };
}

/** Base64 in lines of 76 characters (RFC 2045); a fifth of the time nodemailer's wrap takes. */
function wrappedBase64(content: string | Buffer): string {
  const encoded = (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString(
    'base64',
  );
  const lines: string[] = [];
  for (let at = 0; at < encoded.length; at += 76) lines.push(encoded.slice(at, at + 76));
  return lines.join(CRLF);
}

const attachmentHeaderCache = new Map<string, string>();

/** The headers of an attachment part; the same few (termin.ics, absage.ics) again and again. */
function attachmentHeaders(attachment: MailAttachment): string {
  const key = `${attachment.contentType}\n${attachment.filename}`;
  let headers = attachmentHeaderCache.get(key);
  if (!headers) {
    const type = attachment.contentType.replace(/[\r\n]+/g, ' ');
    headers = [
      header('Content-Type', type),
      'Content-Transfer-Encoding: base64',
      header(
        'Content-Disposition',
        mime.buildHeaderValue({ value: 'attachment', params: { filename: attachment.filename } }),
      ),
      '',
    ].join(CRLF);
    if (attachmentHeaderCache.size < 100) attachmentHeaderCache.set(key, headers);
  }
  return headers;
}
