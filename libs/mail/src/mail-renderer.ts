import { Language } from '@zyklus/common';
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MailTemplateName } from './mail.types';

/** Templates ship next to the compiled code (nest-cli.json copies them as assets). */
export const TEMPLATES_DIR = join(__dirname, 'templates');

/** The parts of one template in one language. */
export const TEMPLATE_PARTS = ['subject', 'html', 'text', 'reason'] as const;

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

type Compiled = (context: Record<string, unknown>) => string;

/**
 * Renders a mail from its Handlebars templates: subject, HTML and plain text in the
 * recipient's language, inside the shared layout (header with the programme's name, footer
 * with why the person receives it). HTML escapes every value; text and subject do not.
 */
export class MailRenderer {
  private readonly cache = new Map<string, Compiled>();

  constructor(private readonly directory = TEMPLATES_DIR) {}

  render(
    template: MailTemplateName,
    language: Language,
    data: Record<string, unknown>,
    programmeName = 'Zyklus',
  ): RenderedMail {
    const context = { ...data, programmeName };
    const part = (name: (typeof TEMPLATE_PARTS)[number], html: boolean) =>
      this.compiled(join(template, `${language}.${name}.hbs`), html)(context).trim();
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
      const source = readFileSync(join(this.directory, file), 'utf8');
      template = Handlebars.compile(source, { noEscape: !html, strict: true });
      this.cache.set(key, template);
    }
    return template;
  }
}
