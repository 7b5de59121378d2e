import { Injectable } from '@nestjs/common';
import {
  CohortAccess,
  ParticipationEntity,
  ParticipationStatus,
  ParticipationView,
} from '@zyklus/cohorts';
import { Clock, ForbiddenError, NotFoundError, RequestLoaders } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { AttendanceByCohortLoader } from '../attendance/attendance.loaders';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopView } from '../workshop/workshop-view';
import { WorkshopsByCohortLoader } from '../workshop/workshop.loaders';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { attendanceAt, countsTowardsCycle, cycleProgress } from './cycle-progress';

const notYourCycle = () =>
  new ForbiddenError({
    de: 'Diesen Workshop-Zyklus sehen nur die Koordination des Netzwerks und Programm-Manager:innen.',
    en: 'Only the network’s coordinator and program managers see this workshop cycle.',
  });

/**
 * A network's workshop cycle in its cohort, built from per-request loaders only: the same few
 * queries for 5 workshops as for 50.
 */
@Injectable()
export class WorkshopCycleService {
  constructor(
    private readonly access: CohortAccess,
    private readonly participations: ParticipationView,
    private readonly workshopsByCohort: WorkshopsByCohortLoader,
    private readonly attendanceByCohort: AttendanceByCohortLoader,
    private readonly view: WorkshopView,
    private readonly clock: Clock,
  ) {}

  /**
   * The actor's own participation: in `cohortId` (FORBIDDEN if they take no part there), or
   * without it the one in their latest cohort that they did not leave; null if none.
   */
  async ownParticipation(actor: Actor, cohortId?: string): Promise<string | null> {
    const own = (await this.access.facts(actor)).participations;
    if (cohortId) {
      const match = own.find((p) => p.cohortId === cohortId);
      if (!match) throw notYourCycle();
      return match.id;
    }
    return own.find((p) => p.status !== ParticipationStatus.WITHDRAWN)?.id ?? own[0]?.id ?? null;
  }

  async build(actor: Actor, loaders: RequestLoaders, participationId: string) {
    if (!(await this.access.canSeeParticipationDetails(actor, participationId))) {
      throw notYourCycle();
    }
    const participation = await this.findParticipation(loaders, participationId);
    const cohort = await this.participations.cohortOf(loaders, participation);
    const [workshops, rows] = await Promise.all([
      loaders.for(this.workshopsByCohort).load(cohort.id),
      loaders.for(this.attendanceByCohort).load(cohort.id),
    ]);
    const statusAt = (w: Pick<WorkshopEntity, 'id' | 'status' | 'attendanceRequired'>) =>
      attendanceAt(w, participation, rows);
    const today = this.clock.today(await this.view.timeZoneOfCohort(loaders, cohort));
    const shown = workshops.filter((w) => w.status !== WorkshopStatus.DRAFT);
    const steps = await Promise.all(
      shown.map(async (workshop) => {
        const days = await this.view.days(loaders, workshop);
        const last = days[days.length - 1]?.date ?? '';
        return {
          workshop,
          attendance: workshop.status === WorkshopStatus.CANCELLED ? null : statusAt(workshop),
          required: countsTowardsCycle(workshop),
          upcoming: last >= today,
        };
      }),
    );
    const next = steps.find((s) => s.upcoming && s.workshop.status === WorkshopStatus.PUBLISHED);
    return {
      cohort,
      participation,
      steps,
      progress: cycleProgress(workshops, statusAt),
      nextWorkshop: next?.workshop ?? null,
    };
  }

  private async findParticipation(
    loaders: RequestLoaders,
    id: string,
  ): Promise<ParticipationEntity> {
    // The facts (or a manager's request) name the participation; its cohort's list has it.
    const participation = await this.participations.byId(loaders, id);
    if (!participation)
      throw NotFoundError.of({ de: 'Teilnahme', en: 'Participation' }, 'participationId');
    return participation;
  }
}
