import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import {
  germanDate,
  Language,
  ParseIdPipe,
  RequestLoaders,
  requestLanguage,
  spreadsheetCsv,
} from '@zyklus/common';
import { participationStatusText } from '@zyklus/cohorts';
import { Actor, CurrentActor } from '@zyklus/identity';
import type { Request, Response } from 'express';
import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopView } from '../workshop/workshop-view';
import { AttendanceMatrixService } from './attendance-matrix.service';

const STATUS: Record<AttendanceStatus, { de: string; en: string }> = {
  REGISTERED: { de: 'angemeldet', en: 'registered' },
  ATTENDED: { de: 'teilgenommen', en: 'attended' },
  EXCUSED: { de: 'entschuldigt', en: 'excused' },
  NO_SHOW: { de: 'nicht erschienen', en: 'no show' },
};

/** The attendance matrix as CSV for program managers (spreadsheetCsv: every cell neutralised). */
@Controller('exports')
export class AttendanceExportController {
  constructor(
    private readonly matrix: AttendanceMatrixService,
    private readonly view: WorkshopView,
  ) {}

  @Get('cohorts/:id/attendance.csv')
  @Header('Cache-Control', 'no-store')
  async attendance(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const language = requestLanguage(request);
    const de = language === Language.DE;
    const loaders = new RequestLoaders();
    const matrix = await this.matrix.build(actor, loaders, id);
    const headers = await Promise.all(
      matrix.workshops.map(async (workshop) => {
        const days = await this.view.days(loaders, workshop);
        const first = days[0]?.date;
        return `${workshop.title} (${first ? (de ? germanDate(first) : first) : '–'})`;
      }),
    );
    const records = matrix.rows.map((row) => [
      row.participation.network.name,
      row.participation.coordinator?.name ?? '',
      participationStatusText(row.participation.status)[language],
      ...row.cells.map((cell) => (cell.status ? STATUS[cell.status][language] : '')),
      `${row.progress.attendedRequired}/${row.progress.required}`,
      row.progress.complete ? (de ? 'ja' : 'yes') : de ? 'nein' : 'no',
    ]);
    const head = [
      de ? 'Netzwerk' : 'Network',
      de ? 'Koordinator:in' : 'Coordinator',
      de ? 'Teilnahmestatus' : 'Participation status',
      ...headers,
      de ? 'Pflichttermine besucht' : 'Required attended',
      de ? 'Zyklus abgeschlossen' : 'Cycle complete',
    ];
    const content = spreadsheetCsv(head, records);
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment(`${de ? 'anwesenheit' : 'attendance'}-${matrix.cohort.number}.csv`)
      .send(content);
  }
}
