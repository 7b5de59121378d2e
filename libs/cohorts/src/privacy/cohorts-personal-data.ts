import {
  ErasureAction,
  ErasureStep,
  localDateOf,
  PersonalDataContext,
  PersonalDataContextProvider,
  PersonalDataExportPart,
  PersonalDataScope,
} from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { CoordinationEntity } from '../coordination/coordination.entity';
import { CohortMembershipHooks } from '../participation/cohort-membership-hooks';
import { ParticipationChangeEntity } from '../participation/participation-change.entity';

interface CoordinationRow {
  id: string;
  network_id: string;
  network: string;
  start_date: string;
  end_date: string | null;
}

interface ParticipationRow {
  network: string;
  cohort_number: number;
  cohort: string;
  programme: string;
  status: string;
  completed_on: string | null;
  withdrawn_on: string | null;
}

/**
 * The cohorts' personal data: the networks a person coordinates or coordinated (with the
 * cohorts those networks took part in meanwhile) and the participation changes they recorded.
 * Erasing ends their open coordinations today (the network then has no coordinator until a
 * program manager names one; the history keeps "Gelöschte Person") and removes the reasons they
 * wrote; participations and their counts stay, they belong to the network.
 */
@PersonalDataContext()
export class CohortsPersonalData implements PersonalDataContextProvider {
  readonly context = 'cohorts';
  readonly description = {
    de: 'Netzwerke, die Sie koordinieren oder koordiniert haben, und deren Teilnahmen an Qualifizierungsdurchgängen.',
    en: 'Networks you coordinate or coordinated, and their participations in cohorts.',
  };
  readonly covers = [CoordinationEntity, ParticipationChangeEntity];
  readonly erasureOrder = 10;

  constructor(
    private readonly hooks: CohortMembershipHooks,
    private readonly config: AppConfig,
  ) {}

  async exportPerson({ manager, personId }: PersonalDataScope): Promise<PersonalDataExportPart> {
    const coordinations = await this.coordinations(manager, personId);
    const participations = await manager.query<ParticipationRow[]>(
      `SELECT DISTINCT n.name AS network, c.number AS cohort_number, c.title AS cohort,
              pr.name AS programme, p.status, p.completed_on::text, p.withdrawn_on::text
         FROM coordination co
         JOIN participation p ON p.network_id = co.network_id
         JOIN cohort c ON c.id = p.cohort_id
         JOIN programme pr ON pr.id = c.programme_id
         JOIN network n ON n.id = co.network_id
        WHERE co.person_id = $1
          AND c.start_date <= coalesce(co.end_date, 'infinity'::date)
          AND c.end_date >= co.start_date
        ORDER BY c.number, n.name`,
      [personId],
    );
    const recorded = await manager.find(ParticipationChangeEntity, {
      where: { changedById: personId },
      order: { changedAt: 'ASC' },
    });
    return {
      data: {
        coordinations: coordinations.map((c) => ({
          network: c.network,
          startDate: c.start_date,
          endDate: c.end_date,
        })),
        participations: participations.map((p) => ({
          network: p.network,
          programme: p.programme,
          cohortNumber: p.cohort_number,
          cohort: p.cohort,
          status: p.status,
          completedOn: p.completed_on,
          withdrawnOn: p.withdrawn_on,
        })),
        participationChangesRecorded: recorded.map((r) => ({
          participationId: r.participationId,
          fromStatus: r.fromStatus,
          toStatus: r.toStatus,
          changedAt: r.changedAt.toISOString(),
          reason: r.reason,
        })),
      },
      tables: [
        {
          name: 'coordinations',
          description: {
            de: 'Ihre Koordinationen: Netzwerk, erster und letzter Tag.',
            en: 'Your coordinations: network, first and last day.',
          },
          rows: coordinations.map((c) => ({
            network: c.network,
            startDate: c.start_date,
            endDate: c.end_date,
          })),
        },
        {
          name: 'participations',
          description: {
            de: 'Teilnahmen Ihrer Netzwerke an Qualifizierungsdurchgängen während Ihrer Koordination.',
            en: 'Participations of your networks in cohorts while you coordinated them.',
          },
          rows: participations.map((p) => ({
            network: p.network,
            programme: p.programme,
            cohortNumber: p.cohort_number,
            status: p.status,
            completedOn: p.completed_on,
            withdrawnOn: p.withdrawn_on,
          })),
        },
      ],
    };
  }

  async previewErasure({ manager, personId }: PersonalDataScope): Promise<ErasureStep[]> {
    const coordinations = await this.coordinations(manager, personId);
    const recorded = await manager.countBy(ParticipationChangeEntity, { changedById: personId });
    return [
      {
        key: 'open-coordinations',
        label: {
          de: 'Laufende Koordinationen enden heute',
          en: 'Current coordinations end today',
        },
        action: ErasureAction.END,
        count: coordinations.filter((c) => c.end_date === null).length,
      },
      {
        key: 'coordination-history',
        label: {
          de: 'Koordinationsverlauf bleibt als „Gelöschte Person“',
          en: 'Coordination history stays as "Gelöschte Person"',
        },
        action: ErasureAction.KEEP_AS_COUNT,
        count: coordinations.length,
      },
      {
        key: 'participation-changes-recorded',
        label: {
          de: 'Erfasste Statusänderungen: Begründungstexte werden entfernt',
          en: 'Status changes recorded: the reasons written are removed',
        },
        action: ErasureAction.ANONYMISE,
        count: recorded,
      },
    ];
  }

  async erasePerson({ manager, personId, now }: PersonalDataScope): Promise<void> {
    const today = localDateOf(now, this.config.timeZone);
    const open = (await this.coordinations(manager, personId)).filter((c) => c.end_date === null);
    for (const coordination of open) {
      if (coordination.start_date > today) {
        await manager.delete(CoordinationEntity, coordination.id);
      } else {
        await manager.update(CoordinationEntity, coordination.id, { endDate: today });
      }
    }
    await manager.update(
      ParticipationChangeEntity,
      { changedById: personId },
      { changedById: null, reason: null },
    );
    if (open.length) {
      const rows = await manager.query<{ cohort_id: string }[]>(
        `SELECT DISTINCT cohort_id FROM participation WHERE network_id = ANY($1::uuid[])`,
        [open.map((c) => c.network_id)],
      );
      await this.hooks.notify({ cohortIds: rows.map((r) => r.cohort_id), manager });
    }
  }

  private coordinations(
    manager: PersonalDataScope['manager'],
    personId: string,
  ): Promise<CoordinationRow[]> {
    return manager.query<CoordinationRow[]>(
      `SELECT co.id, co.network_id, n.name AS network, co.start_date::text, co.end_date::text
         FROM coordination co JOIN network n ON n.id = co.network_id
        WHERE co.person_id = $1 ORDER BY co.start_date`,
      [personId],
    );
  }
}
