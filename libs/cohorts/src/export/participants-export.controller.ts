import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import { ParseIdPipe, requestLanguage } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import type { Request, Response } from 'express';
import { ParticipantsExport } from './participants-export';

/**
 * Downloads for program managers, with the same token (`Authorization: Bearer …`) and the same
 * access rules as the GraphQL API.
 */
@Controller('exports')
export class ParticipantsExportController {
  constructor(private readonly participantsExport: ParticipantsExport) {}

  @Get('cohorts/:id/participants.csv')
  @Header('Cache-Control', 'no-store')
  async participants(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { filename, content } = await this.participantsExport.csv(
      actor,
      id,
      requestLanguage(request),
    );
    response.status(200).type('text/csv; charset=utf-8').attachment(filename).send(content);
  }
}
