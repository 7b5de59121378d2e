import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { Public } from '@zyklus/identity';
import { ContactNotices } from './contact-notices';

const page = (title: string, body: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * One-click unsubscribe for initiatives' contact persons (no account): mail clients POST to the
 * link (RFC 8058); a person opening it in a browser gets a button that does the same, since
 * mail scanners open links with GET and must not unsubscribe anyone.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly notices: ContactNotices) {}

  @Public()
  @Get(':token')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  confirm(@Param('token') token: string): string {
    const safe = encodeURIComponent(token);
    return page(
      'Keine E-Mails mehr von Zyklus',
      `<p>Sie erhalten dann keine Einladungen zu Workshops vor Ort mehr.</p><form method="post" action="/unsubscribe/${safe}"><button type="submit">Abmelden</button></form>`,
    );
  }

  @Public()
  @Post(':token')
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async unsubscribe(@Param('token') token: string): Promise<string> {
    // The same answer for unknown tokens: the page tells nobody which addresses exist.
    await this.notices.unsubscribe(token.slice(0, 64));
    return page(
      'Abgemeldet',
      '<p>Sie erhalten keine E-Mails von Zyklus mehr. Ihre Netzwerkkoordination kann Sie wieder eintragen, wenn Sie zustimmen.</p>',
    );
  }
}
