import { Controller, Get, Header, Param, Req, Res } from '@nestjs/common';
import { germanDate, Language, localDateOf, ParseIdPipe, requestLanguage } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor, CurrentActor } from '@zyklus/identity';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { END_REASON_NAMES, PairingStatus } from '../buddy-enums';
import { PairingQueryService } from '../pairing/pairing-query.service';

const STATUS: Record<PairingStatus, { de: string; en: string }> = {
  PROPOSED: { de: 'vorgeschlagen', en: 'proposed' },
  ACTIVE: { de: 'aktiv', en: 'active' },
  PAUSED: { de: 'pausiert', en: 'paused' },
  DECLINED: { de: 'abgelehnt', en: 'declined' },
  WITHDRAWN: { de: 'zurückgezogen', en: 'withdrawn' },
  ENDED: { de: 'beendet', en: 'ended' },
};

/** A cell Excel must not read as a formula (CSV injection): prefixed with an apostrophe. */
const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/**
 * A cohort's pairings as CSV for program managers (UTF-8 with BOM, semicolons): the same rows
 * and rules as `buddyPairings`, so it holds counts and dates, never session notes or goals.
 */
@Controller('exports')
export class PairingsExportController {
  constructor(
    private readonly pairings: PairingQueryService,
    private readonly config: AppConfig,
  ) {}

  @Get('cohorts/:id/buddy-pairings.csv')
  @Header('Cache-Control', 'no-store')
  async csv(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const language = requestLanguage(request);
    const de = language === Language.DE;
    const records = await this.pairings.ofCohort(actor, id);
    const day = (at: Date | null) => {
      if (!at) return '';
      const date = localDateOf(at, this.config.timeZone);
      return de ? germanDate(date) : date;
    };
    const head = de
      ? [
          'Neue:r Koordinator:in',
          'Netzwerk',
          'Buddy',
          'Status',
          'Punkte',
          'Vorgeschlagen am',
          'Aktiv seit',
          'Beendet am',
          'Endgrund',
          'Treffen gehalten',
          'Letztes Treffen',
          'Offene Problemmeldungen',
        ]
      : [
          'New coordinator',
          'Network',
          'Buddy',
          'Status',
          'Score',
          'Proposed on',
          'Active since',
          'Ended on',
          'End reason',
          'Sessions held',
          'Last session',
          'Open problem reports',
        ];
    const rows = records.map((r) =>
      [
        r.newCoordinator.name,
        r.networkName ?? '',
        r.buddy.name,
        STATUS[r.status][language],
        String(r.score),
        day(r.proposedAt),
        day(r.activatedAt),
        day(r.endedAt),
        r.endReason ? END_REASON_NAMES[r.endReason][language] : '',
        String(r.sessionsHeld),
        day(r.lastSessionHeldAt),
        String(r.openProblemReports),
      ].map(safe),
    );
    const content = stringify([head, ...rows], {
      bom: true,
      delimiter: ';',
      record_delimiter: 'windows',
    });
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment(
        `${de ? 'buddy-tandems' : 'buddy-pairings'}-${records[0]?.cohortNumber ?? id}.csv`,
      )
      .send(content);
  }
}
