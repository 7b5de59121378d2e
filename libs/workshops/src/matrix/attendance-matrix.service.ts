import { Injectable } from '@nestjs/common';
import {
  CohortByIdLoader,
  CohortService,
  OCCUPYING,
  ParticipationStatus,
  ParticipationView,
} from '@zyklus/cohorts';
import { RequestLoaders } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { WorkshopAccess } from '../access/workshop-access';
import { AttendanceStatus } from '../attendance/attendance-status';
import { AttendanceByCohortLoader } from '../attendance/attendance.loaders';
import { cycleProgress, WorkshopShape } from '../cycle/cycle-progress';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopsByCohortLoader } from '../workshop/workshop.loaders';

/**
 * The attendance matrix of a cohort (program managers): three reads whatever its size — the
 * participation records, the workshops, the attendance rows as plain values — joined in
 * memory through maps, so 2,000 networks × 10 workshops cost linear time.
 */
@Injectable()
export class AttendanceMatrixService {
  constructor(
    private readonly cohorts: CohortService,
    private readonly cohortById: CohortByIdLoader,
    private readonly participations: ParticipationView,
    private readonly workshopsByCohort: WorkshopsByCohortLoader,
    private readonly attendanceByCohort: AttendanceByCohortLoader,
    private readonly workshopAccess: WorkshopAccess,
  ) {}

  async build(actor: Actor, loaders: RequestLoaders, cohortId: string) {
    requireProgramManager(actor);
    const cohort = await this.cohorts.get(actor, cohortId);
    loaders.for(this.cohortById).prime(cohort.id, cohort);
    const [records, workshops, cells] = await Promise.all([
      this.participations.all(loaders, cohort.id),
      loaders.for(this.workshopsByCohort).load(cohort.id),
      loaders.for(this.attendanceByCohort).load(cohort.id),
    ]);
    const shown = await this.workshopAccess.redactAll(
      actor,
      workshops.filter(
        (w) => w.status === WorkshopStatus.PUBLISHED || w.status === WorkshopStatus.COMPLETED,
      ),
    );
    const byParticipation = new Map<string, Map<string, AttendanceStatus>>();
    for (const cell of cells) {
      let row = byParticipation.get(cell.participationId);
      if (!row) {
        row = new Map<string, AttendanceStatus>();
        byParticipation.set(cell.participationId, row);
      }
      row.set(cell.workshopId, cell.status);
    }
    const participations = await this.participations.redactAll(
      actor,
      records.filter(
        (p) => OCCUPYING.includes(p.status) || p.status === ParticipationStatus.WITHDRAWN,
      ),
    );
    return {
      cohort,
      workshops: shown,
      rows: participations.map((participation) => {
        const own = byParticipation.get(participation.id);
        const statusAt = (w: WorkshopShape) => own?.get(w.id) ?? null;
        return {
          participation,
          cells: shown.map((workshop) => ({ workshop, status: statusAt(workshop) })),
          progress: cycleProgress(workshops, statusAt),
        };
      }),
    };
  }
}
