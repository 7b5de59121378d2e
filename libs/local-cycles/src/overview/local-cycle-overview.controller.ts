import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import { germanDate, Language, localDateOf, ParseIdPipe, requestLanguage } from '@zyklus/common';
import { Actor, CurrentActor } from '@zyklus/identity';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { LocalCycleStatus, PHASE_NAMES, PHASE_ORDER } from '../local-cycle-enums';
import { LocalCycleOverviewService } from './local-cycle-overview.service';

const STATUS: Record<LocalCycleStatus, { de: string; en: string }> = {
  PLANNED: { de: 'geplant', en: 'planned' },
  RUNNING: { de: 'läuft', en: 'running' },
  COMPLETED: { de: 'abgeschlossen', en: 'completed' },
  CANCELLED: { de: 'abgesagt', en: 'cancelled' },
};

/** A cell Excel must not read as a formula (CSV injection): prefixed with an apostrophe. */
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * The cohort's local-cycle overview as CSV (UTF-8 with BOM, semicolons), with the same access
 * rules and rows as the GraphQL query: figures per network, never initiative contact data.
 */
@Controller('exports')
export class LocalCycleOverviewController {
  constructor(private readonly overview: LocalCycleOverviewService) {}

  @Get('cohorts/:id/local-cycles.csv')
  @Header('Cache-Control', 'no-store')
  async csv(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const language = requestLanguage(request);
    const de = language === Language.DE;
    const overview = await this.overview.build(actor, id);
    const head = [
      de ? 'Netzwerk' : 'Network',
      de ? 'Zyklus vor Ort' : 'Local cycle',
      de ? 'Initiativen eingeladen' : 'Initiatives invited',
      de ? 'Initiativen angemeldet' : 'Initiatives enrolled',
      de ? 'Workshops geplant' : 'Workshops planned',
      de ? 'Workshops durchgeführt' : 'Workshops held',
      ...PHASE_ORDER.map((phase) => PHASE_NAMES[phase][language]),
      de ? 'Letzte Aktivität' : 'Last activity',
    ];
    const date = (at: Date | null) => {
      if (!at) return '';
      const day = localDateOf(at, 'Europe/Berlin');
      return de ? germanDate(day) : day;
    };
    const records = overview.rows.map((row) =>
      [
        row.networkName,
        row.cycleStatus ? STATUS[row.cycleStatus][language] : de ? 'nicht geplant' : 'not planned',
        String(row.initiativesInvited),
        String(row.initiativesEnrolled),
        String(row.workshopsPlanned),
        String(row.workshopsHeld),
        ...row.phases.map((p) => String(p.count)),
        date(row.lastActivityAt),
      ].map(safe),
    );
    const t = overview.totals;
    const totals = [
      de ? 'Summe' : 'Total',
      `${t.networksWithCycle}/${t.networks}`,
      '',
      String(t.initiativesEnrolled),
      '',
      String(t.workshopsHeld),
      ...t.phases.map((p) => String(p.count)),
      '',
    ];
    const content = stringify([head, ...records, totals], {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
    });
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment(`${de ? 'zyklus-vor-ort' : 'local-cycles'}-${overview.cohort.number}.csv`)
      .send(content);
  }
}
