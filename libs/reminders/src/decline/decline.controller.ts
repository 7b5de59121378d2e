import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { requestLanguage } from '@zyklus/common';
import { Public } from '@zyklus/identity';
import type { Request, Response } from 'express';
import { DECLINE_STATUS, declinePage } from './decline-page';
import { DeclineService, DeclineView } from './decline.service';

/**
 * `/decline/<token>`: the "I can't come" link of a reminder. GET shows what it would do and a
 * button, and changes nothing (mail scanners open links); POST (the button, a plain form)
 * confirms. The signed token in the address is the credential. Its own small controller, so
 * that a route of the web app can take its place.
 */
@Controller('decline')
export class DeclineController {
  constructor(private readonly declines: DeclineService) {}

  @Public()
  @Get(':token')
  async ask(@Param('token') token: string, @Req() request: Request, @Res() response: Response) {
    this.answer(request, response, await this.declines.inspect(token));
  }

  @Public()
  @Post(':token')
  async confirm(@Param('token') token: string, @Req() request: Request, @Res() response: Response) {
    this.answer(request, response, await this.declines.confirm(token));
  }

  private answer(request: Request, response: Response, view: DeclineView): void {
    response
      .status(DECLINE_STATUS[view.state])
      .type('text/html; charset=utf-8')
      .setHeader('Cache-Control', 'no-store')
      .send(declinePage(view, view.language ?? requestLanguage(request)));
  }
}
