import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Language, RequestLoaders, spreadsheetCsv } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { PrivacyAction, PrivacyAudit } from '@zyklus/privacy';
import { DataSource } from 'typeorm';
import { BUNDESLAND_NAMES } from '../network/bundesland';
import { NETWORK_KIND_LABELS } from '../network/network-kind';
import { CohortParticipations } from '../overview/cohort-participations';
import { participationStatusText } from '../participation/participation.errors';
import { CoordinatorExperience } from '../participation/participation.model';

const COLUMNS = {
  network: { de: 'Netzwerk', en: 'Network' },
  kind: { de: 'Art', en: 'Kind' },
  bundesland: { de: 'Bundesland', en: 'State' },
  city: { de: 'Ort', en: 'City' },
  coordinator: { de: 'Koordinator:in', en: 'Coordinator' },
  email: { de: 'E-Mail', en: 'Email' },
  experience: { de: 'Erfahrung', en: 'Experience' },
  status: { de: 'Status', en: 'Status' },
  waitlistPosition: { de: 'Wartelistenplatz', en: 'Waiting list position' },
  withdrawnOn: { de: 'Abgemeldet am', en: 'Withdrawn on' },
  withdrawalReason: { de: 'Abmeldegrund', en: 'Reason for withdrawal' },
} as const;

const EXPERIENCE = {
  [CoordinatorExperience.NEW]: { de: 'neu', en: 'new' },
  [CoordinatorExperience.EXPERIENCED]: { de: 'erfahren (Alumni)', en: 'experienced (alumnus)' },
};

/**
 * A cohort's participants as CSV for program managers (spreadsheetCsv: neutralised cells, UTF-8
 * with BOM and semicolons). The rows are the overview's,
 * redacted by the same rules (CohortParticipations), so the file shows what the overview shows.
 */
@Injectable()
export class ParticipantsExport {
  constructor(
    private readonly cohortParticipations: CohortParticipations,
    private readonly audit: PrivacyAudit,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async csv(
    actor: Actor,
    cohortId: string,
    language: Language,
  ): Promise<{ filename: string; content: string }> {
    const { cohort, participations } = await this.cohortParticipations.overview(
      actor,
      new RequestLoaders(),
      cohortId,
    );
    const rows = participations.map((p) => ({
      network: p.network.name,
      kind: NETWORK_KIND_LABELS[p.network.kind][language],
      bundesland: BUNDESLAND_NAMES[p.network.bundesland],
      city: p.network.city,
      coordinator: p.coordinator?.name ?? '',
      email: p.coordinator?.visibleEmail ?? '',
      experience: p.coordinatorExperience ? EXPERIENCE[p.coordinatorExperience][language] : '',
      status: participationStatusText(p.status)[language],
      waitlistPosition: p.waitlistPosition ? String(p.waitlistPosition) : '',
      withdrawnOn: p.withdrawnOn ?? '',
      withdrawalReason: p.withdrawalReason ?? '',
    }));
    const addresses = rows.filter((row) => row.email).length;
    if (addresses) {
      // Contact data leaving Zyklus in bulk is logged (who, which cohort, how many addresses).
      await this.audit.record(this.dataSource.manager, {
        action: PrivacyAction.CONTACT_DATA_EXPORTED,
        actorPersonId: actor.personId,
        subjectPersonId: null,
        details: { cohortId, addresses },
      });
    }
    const keys = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
    const content = spreadsheetCsv(
      keys.map((key) => COLUMNS[key][language]),
      rows.map((row) => keys.map((key) => row[key])),
    );
    const base = language === Language.DE ? 'teilnehmende' : 'participants';
    return { filename: `${base}-${cohort.number}.csv`, content };
  }
}
