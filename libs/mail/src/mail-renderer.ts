import { Language } from '@zyklus/common';
import Handlebars from 'handlebars';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { MailTemplate, MailTemplateFolder } from './mail.types';

/** Templates ship next to the compiled code (nest-cli.json copies them as assets). */
export const TEMPLATES_DIR = join(__dirname, 'templates');

/** The parts of one template in one language. */
export const TEMPLATE_PARTS = ['subject', 'html', 'text', 'reason'] as const;

/**
 * Names a template folder of another library (an absolute path, usually beside the code that
 * sends it, copied as an asset like this library's). Throws at once when a part is missing, so a
 * missing translation fails at start, not when the first mail goes out.
 */
export function mailTemplateFolder(path: string): MailTemplateFolder {
  if (!isAbsolute(path)) throw new Error(`A mail template folder is an absolute path: ${path}`);
  for (const language of Object.values(Language)) {
    for (const part of TEMPLATE_PARTS) {
      const file = join(path, `${language}.${part}.hbs`);
      if (!existsSync(file)) throw new Error(`Mail template part missing: ${file}`);
    }
  }
  return path as MailTemplateFolder;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

type Compiled = (context: Record<string, unknown>) => string;

/** A rendered text with holes for the per-recipient values: literal, value index, literal … */
type Pieces = (string | number)[];

interface Prepared {
  subject: Pieces;
  html: Pieces;
  text: Pieces;
}

/**
 * Marks where per-recipient value i lands: characters from Unicode's private use area, which no
 * template or value contains and HTML escaping leaves alone.
 */
const HOLE = (i: number) => `\ue000${i}\ue001`;
const HOLES = /\ue000(\d+)\ue001/;

/** Rendered mails kept for reuse, e.g. a batch of reminders for one event. */
const MAX_PREPARED = 500;

/**
 * Renders a mail from its Handlebars templates: subject, HTML and plain text in the
 * recipient's language, inside the shared layout (header with the programme's name, footer
 * with why the person receives it). HTML escapes every value; text and subject do not.
 *
 * Many mails that differ only in a few plain-text values (the name in the greeting) are
 * rendered once: `perRecipient` names those keys of `data` (values the templates print as text,
 * never test in a condition); the rest of `data` decides which rendering is reused, and only the
 * named values are filled in (escaped for HTML).
 */
export class MailRenderer {
  private readonly cache = new Map<string, Compiled>();
  private readonly prepared = new Map<string, Prepared>();

  constructor(private readonly directory = TEMPLATES_DIR) {}

  render(
    template: MailTemplate,
    language: Language,
    data: Record<string, unknown>,
    programmeName = 'Zyklus',
    perRecipient: readonly string[] = [],
    renderKey?: string,
  ): RenderedMail {
    if (!perRecipient.length) return this.renderNow(template, language, data, programmeName);
    const shared = (): Record<string, unknown> => {
      const rest: Record<string, unknown> = { ...data };
      for (const name of perRecipient) delete rest[name];
      return rest;
    };
    const key =
      renderKey !== undefined
        ? `${template}|${language}|${programmeName}|${perRecipient.join(',')}|${renderKey}`
        : JSON.stringify([template, language, programmeName, perRecipient, shared()]);
    let prepared = this.prepared.get(key);
    if (!prepared) {
      const holes: Record<string, string> = {};
      perRecipient.forEach((name, i) => (holes[name] = HOLE(i)));
      const rendered = this.renderNow(template, language, { ...shared(), ...holes }, programmeName);
      prepared = {
        subject: pieces(rendered.subject),
        html: pieces(rendered.html),
        text: pieces(rendered.text),
      };
      if (this.prepared.size >= MAX_PREPARED) {
        this.prepared.delete(this.prepared.keys().next().value as string);
      }
      this.prepared.set(key, prepared);
    }
    const values = perRecipient.map((name) => {
      const value = data[name];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    });
    return {
      subject: fill(prepared.subject, values, false),
      html: fill(prepared.html, values, true),
      text: fill(prepared.text, values, false),
    };
  }

  private renderNow(
    template: MailTemplate,
    language: Language,
    data: Record<string, unknown>,
    programmeName: string,
  ): RenderedMail {
    const context = { ...data, programmeName };
    // A folder of another library is absolute: `resolve` then ignores this library's folder.
    const part = (name: (typeof TEMPLATE_PARTS)[number], html: boolean) =>
      this.compiled(
        resolve(this.directory, template, `${language}.${name}.hbs`),
        html,
      )(context).trim();
    const subject = part('subject', false);
    const html = this.compiled(
      'layout.html.hbs',
      true,
    )({
      programmeName,
      subject,
      language,
      body: new Handlebars.SafeString(part('html', true)),
      reason: new Handlebars.SafeString(part('reason', true)),
    });
    const text = this.compiled(
      'layout.text.hbs',
      false,
    )({
      programmeName,
      body: part('text', false),
      reason: part('reason', false),
    });
    return { subject, html, text };
  }

  private compiled(file: string, html: boolean): Compiled {
    const key = `${html ? 'html' : 'text'}:${file}`;
    let template = this.cache.get(key);
    if (!template) {
      const source = readFileSync(resolve(this.directory, file), 'utf8');
      template = Handlebars.compile(source, { noEscape: !html, strict: true });
      this.cache.set(key, template);
    }
    return template;
  }
}

function pieces(rendered: string): Pieces {
  // split with a capturing group: literal, index, literal, index, …, literal
  return rendered.split(HOLES).map((piece, i) => (i % 2 ? Number(piece) : piece));
}

function fill(pieces: Pieces, values: readonly string[], html: boolean): string {
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') out += piece;
    else {
      const value = values[piece] ?? '';
      out += html ? Handlebars.escapeExpression(value) : value;
    }
  }
  return out;
}
