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
import { AttendanceByCohortLoader } from '../attendance/attendance.loaders';
import { attendanceAt, cycleProgress, WorkshopShape } from '../cycle/cycle-progress';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopsByCohortLoader } from '../workshop/workshop.loaders';

/** The attendance matrix of a cohort, from three loaders whatever its size. */
@Injectable()
export class AttendanceMatrixService {
  constructor(
    private readonly cohorts: CohortService,
    private readonly cohortById: CohortByIdLoader,
    private readonly participations: ParticipationView,
    private readonly workshopsByCohort: WorkshopsByCohortLoader,
    private readonly attendanceByCohort: AttendanceByCohortLoader,
  ) {}

  async build(actor: Actor, loaders: RequestLoaders, cohortId: string) {
    requireProgramManager(actor);
    const cohort = await this.cohorts.get(actor, cohortId);
    loaders.for(this.cohortById).prime(cohort.id, cohort);
    const [all, workshops, rows] = await Promise.all([
      this.participations.all(loaders, cohort.id),
      loaders.for(this.workshopsByCohort).load(cohort.id),
      loaders.for(this.attendanceByCohort).load(cohort.id),
    ]);
    const shown = workshops.filter(
      (w) => w.status === WorkshopStatus.PUBLISHED || w.status === WorkshopStatus.COMPLETED,
    );
    const networks = all.filter(
      (p) => OCCUPYING.includes(p.status) || p.status === ParticipationStatus.WITHDRAWN,
    );
    return {
      cohort,
      workshops: shown,
      rows: networks.map((participation) => {
        const statusAt = (w: WorkshopShape) => attendanceAt(w, participation, rows);
        return {
          participation,
          cells: shown.map((workshop) => ({ workshop, status: statusAt(workshop) })),
          progress: cycleProgress(workshops, statusAt),
        };
      }),
    };
  }
}
