import { Injectable } from '@nestjs/common';
import { Language, RequestLoaders } from '@zyklus/common';
import { Actor, PersonByIdLoader, requireProgramManager } from '@zyklus/identity';
import { stringify } from 'csv-stringify/sync';
import { CohortByIdLoader } from '../cohort/cohort-by-id.loader';
import { CohortService } from '../cohort/cohort.service';
import { NetworkByIdLoader } from '../network/network-by-id.loader';
import { BUNDESLAND_NAMES } from '../network/bundesland';
import { NETWORK_KIND_LABELS } from '../network/network-kind';
import { waitingList } from '../participation/cohort-places';
import { ParticipationView } from '../participation/participation-view';
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

/** A cell Excel must not read as a formula (CSV injection): prefixed with an apostrophe. */
function safe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * A cohort's participants as CSV for program managers: UTF-8 with BOM and semicolons, so a
 * double click opens it in a German Excel with umlauts intact. Same rules and the same
 * derivations (coordinator, new or experienced) as the GraphQL API.
 */
@Injectable()
export class ParticipantsExport {
  constructor(
    private readonly cohorts: CohortService,
    private readonly view: ParticipationView,
    private readonly cohortById: CohortByIdLoader,
    private readonly networkById: NetworkByIdLoader,
    private readonly personById: PersonByIdLoader,
  ) {}

  async csv(
    actor: Actor,
    cohortId: string,
    language: Language,
  ): Promise<{ filename: string; content: string }> {
    requireProgramManager(actor);
    const cohort = await this.cohorts.get(actor, cohortId);
    const loaders = new RequestLoaders();
    loaders.for(this.cohortById).prime(cohort.id, cohort);
    const participations = await this.view.all(loaders, cohort.id);
    const queue = waitingList(participations);
    const rows = await Promise.all(
      participations.map(async (p) => {
        const [network, coordination, experience] = await Promise.all([
          loaders.for(this.networkById).load(p.networkId),
          this.view.coordination(loaders, p),
          this.view.experience(loaders, p),
        ]);
        const person =
          coordination && (await loaders.for(this.personById).load(coordination.personId));
        const position = queue.indexOf(p) + 1;
        return {
          network: network?.name ?? '',
          kind: network ? NETWORK_KIND_LABELS[network.kind][language] : '',
          bundesland: network ? BUNDESLAND_NAMES[network.bundesland] : '',
          city: network?.city ?? '',
          coordinator: person?.name ?? '',
          email: person?.email ?? '',
          experience: experience ? EXPERIENCE[experience][language] : '',
          status: participationStatusText(p.status)[language],
          waitlistPosition: position > 0 ? String(position) : '',
          withdrawnOn: p.withdrawnOn ?? '',
          withdrawalReason: p.withdrawalReason ?? '',
        };
      }),
    );
    const content = stringify(
      rows.map((row) =>
        Object.fromEntries(Object.entries(row).map(([key, value]) => [key, safe(value)])),
      ),
      {
        bom: true,
        delimiter: ';',
        record_delimiter: 'windows',
        header: true,
        columns: Object.entries(COLUMNS).map(([key, header]) => ({
          key,
          header: header[language],
        })),
      },
    );
    const base = language === Language.DE ? 'teilnehmende' : 'participants';
    return { filename: `${base}-${cohort.number}.csv`, content };
  }
}
