import { Injectable } from '@nestjs/common';
import { CohortService, OCCUPYING, ParticipationStatus, ParticipationView } from '@zyklus/cohorts';
import { RequestLoaders } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { WorkshopAccess } from '../access/workshop-access';
import { AttendanceByCohortLoader } from '../attendance/attendance.loaders';
import { cycleProgress, WorkshopShape } from '../cycle/cycle-progress';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { CycleWorkshopsReader } from '../cycle/cycle-workshops';

/**
 * The attendance matrix of a cohort (program managers): three reads whatever its size — the
 * participation records, the workshops, the attendance as plain values per network — joined in
 * memory through maps, so 2,000 networks × 10 workshops cost linear time.
 */
@Injectable()
export class AttendanceMatrixService {
  constructor(
    private readonly cohorts: CohortService,
    private readonly participations: ParticipationView,
    private readonly cohortWorkshops: CycleWorkshopsReader,
    private readonly attendanceByCohort: AttendanceByCohortLoader,
    private readonly workshopAccess: WorkshopAccess,
  ) {}

  async build(actor: Actor, loaders: RequestLoaders, cohortId: string) {
    requireProgramManager(actor);
    const cohort = await this.cohorts.get(actor, cohortId, loaders);
    const [records, { workshops }, grid] = await Promise.all([
      this.participations.all(loaders, cohort.id),
      this.cohortWorkshops.read(loaders, cohort.id, null),
      loaders.for(this.attendanceByCohort).load(cohort.id),
    ]);
    const shown = await this.workshopAccess.redactAll(
      actor,
      workshops.filter(
        (w) => w.status === WorkshopStatus.PUBLISHED || w.status === WorkshopStatus.COMPLETED,
      ),
    );
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
        const own = grid.get(participation.id);
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
