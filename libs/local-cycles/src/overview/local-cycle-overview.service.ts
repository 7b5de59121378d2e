import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortAccess, CohortEntity, cohortsSql, TAKING_PART } from '@zyklus/cohorts';
import { NotFoundError } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { LocalCycleStatus, PHASE_ORDER, SelfAnalysisPhase } from '../local-cycle-enums';
import {
  LocalCycleOverview,
  LocalCycleOverviewRow,
  PhaseCount,
} from './local-cycle-overview.model';

interface Row {
  participation_id: string;
  network_id: string;
  network_name: string;
  local_cycle_id: string | null;
  cycle_status: LocalCycleStatus | null;
  last_activity_at: Date | null;
  invited: number;
  enrolled: number;
  planned: number;
  held: number;
  phases: Partial<Record<SelfAnalysisPhase, number>> | null;
}

const phaseCounts = (counts: Partial<Record<SelfAnalysisPhase, number>>): PhaseCount[] =>
  PHASE_ORDER.map((phase) => ({ phase, count: Number(counts[phase] ?? 0) }));

/**
 * Where the networks of a cohort stand with their local cycles, in one statement whatever the
 * number of networks (plus the cohort and, for coordinators, their access facts). Counts only:
 * no initiative's name, let alone contact data, leaves this service.
 */
@Injectable()
export class LocalCycleOverviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohortAccess: CohortAccess,
  ) {}

  async build(
    actor: Actor,
    cohortId: string,
  ): Promise<LocalCycleOverview & { cohort: CohortEntity }> {
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({ id: cohortId });
    if (!cohort) {
      throw NotFoundError.of({ de: 'Qualifizierungsdurchgang', en: 'Cohort' }, 'cohortId').because(
        'COHORT_NOT_FOUND',
      );
    }
    let networks: string[] | null = null;
    if (!actor.isProgramManager) {
      await this.cohortAccess.requireCohort(actor, cohortId);
      const facts = await this.cohortAccess.facts(actor);
      networks = facts.participations
        .filter((p) => p.cohortId === cohortId && p.current)
        .map((p) => p.networkId);
    }
    const rows: Row[] = await this.dataSource.query(
      `SELECT p.id AS participation_id, n.id AS network_id, n.name AS network_name,
              l.id AS local_cycle_id, l.status AS cycle_status, l.last_activity_at,
              COALESCE(e.invited, 0)::int AS invited, COALESCE(e.enrolled, 0)::int AS enrolled,
              COALESCE(w.planned, 0)::int AS planned, COALESCE(w.held, 0)::int AS held,
              ph.phases
         FROM ${cohortsSql.participations} p
         JOIN ${cohortsSql.networks} n ON n.id = p.network_id
         LEFT JOIN local_cycle l ON l.participation_id = p.id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE x.status = 'INVITED') AS invited,
                  count(*) FILTER (WHERE x.status IN ('ENROLLED', 'COMPLETED')) AS enrolled
             FROM local_enrolment x WHERE x.local_cycle_id = l.id) e ON true
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE x.status <> 'CANCELLED') AS planned,
                  count(*) FILTER (WHERE x.status = 'HELD') AS held
             FROM local_workshop x WHERE x.local_cycle_id = l.id) w ON true
         LEFT JOIN LATERAL (
           SELECT json_object_agg(q.phase, q.count) AS phases
             FROM (SELECT x.phase, count(*) AS count FROM local_enrolment x
                    WHERE x.local_cycle_id = l.id AND x.status IN ('ENROLLED', 'COMPLETED')
                    GROUP BY x.phase) q) ph ON true
        WHERE p.cohort_id = $1 AND p.status = ANY($2::varchar[])
          AND ($3::uuid[] IS NULL OR p.network_id = ANY($3::uuid[]))
        ORDER BY n.name, p.id`,
      [cohortId, TAKING_PART, networks],
    );
    const view: LocalCycleOverviewRow[] = rows.map((row) => ({
      participationId: row.participation_id,
      networkId: row.network_id,
      networkName: row.network_name,
      localCycleId: row.local_cycle_id,
      cycleStatus: row.cycle_status,
      initiativesInvited: row.invited,
      initiativesEnrolled: row.enrolled,
      workshopsPlanned: row.planned,
      workshopsHeld: row.held,
      phases: phaseCounts(row.phases ?? {}),
      lastActivityAt: row.last_activity_at,
    }));
    const total: Partial<Record<SelfAnalysisPhase, number>> = {};
    for (const row of view) {
      for (const p of row.phases) total[p.phase] = (total[p.phase] ?? 0) + p.count;
    }
    return {
      cohort,
      cohortId,
      rows: view,
      totals: {
        networks: view.length,
        networksWithCycle: view.filter(
          (r) => r.cycleStatus !== null && r.cycleStatus !== LocalCycleStatus.CANCELLED,
        ).length,
        initiativesEnrolled: view.reduce((sum, r) => sum + r.initiativesEnrolled, 0),
        workshopsHeld: view.reduce((sum, r) => sum + r.workshopsHeld, 0),
        phases: phaseCounts(total),
      },
    };
  }
}
