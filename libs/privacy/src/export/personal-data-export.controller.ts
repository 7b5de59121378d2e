import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ParseIdPipe } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import type { Response } from 'express';
import { PersonalDataExportService } from './personal-data-export.service';

/**
 * The download of a personal-data export, with the access token (`Authorization: Bearer …`) of
 * the person it is about or of whoever asked for it, until it expires.
 */
@Controller('exports/personal-data')
export class PersonalDataExportController {
  constructor(private readonly exports: PersonalDataExportService) {}

  @Get(':id.zip')
  @Header('Cache-Control', 'no-store')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { filename, archive } = await this.exports.download(actor, id);
    response.status(200).type('application/zip').attachment(filename).send(archive);
  }
}
