import { Injectable } from '@nestjs/common';
import { CohortAccess, ParticipationStatus, ParticipationView } from '@zyklus/cohorts';
import { Clock, ForbiddenError, NotFoundError, RequestLoaders } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { WorkshopAccess } from '../access/workshop-access';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopView } from '../workshop/workshop-view';
import { countsTowardsCycle, cycleProgress, isScheduled } from './cycle-progress';
import { CycleWorkshopsReader } from './cycle-workshops';

const notYourCycle = () =>
  new ForbiddenError({
    de: 'Diesen Workshop-Zyklus sehen nur die Koordination des Netzwerks und Programm-Manager:innen.',
    en: 'Only the network’s coordinator and program managers see this workshop cycle.',
  }).because('NOT_YOUR_CYCLE');

/**
 * A network's workshop cycle in its cohort: its participation record, then the cohort's
 * workshops with their days and the participation's own attendance only, in one statement —
 * the same few statements for 5 workshops as for 50, for 20 networks as for 2,000.
 */
@Injectable()
export class WorkshopCycleService {
  constructor(
    private readonly access: CohortAccess,
    private readonly participations: ParticipationView,
    private readonly cycleWorkshops: CycleWorkshopsReader,
    private readonly workshopAccess: WorkshopAccess,
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
    const record = await this.participations.record(loaders, participationId);
    if (!record)
      throw NotFoundError.of({ de: 'Teilnahme', en: 'Participation' }, 'participationId');
    const [participation, cohort, { workshops, attendance: statusOf }] = await Promise.all([
      this.participations.redact(actor, record),
      this.participations.cohortOf(loaders, record),
      this.cycleWorkshops.read(loaders, record.cohortId, record.id),
    ]);
    const today = this.clock.today(record.timeZone);
    const shown = await this.workshopAccess.redactAll(
      actor,
      workshops.filter((w) => isScheduled(w)),
    );
    const byId = new Map(shown.map((w) => [w.id, w]));
    const steps = await Promise.all(
      workshops.map(async (workshop) => {
        const scheduled = byId.get(workshop.id) ?? null;
        const days = scheduled ? await this.view.days(loaders, workshop) : [];
        const last = days[days.length - 1]?.date ?? '';
        return {
          kind: workshop.kind,
          title: workshop.title,
          scheduled: scheduled !== null,
          workshop: scheduled,
          attendance:
            scheduled && workshop.status !== WorkshopStatus.CANCELLED
              ? (statusOf.get(workshop.id) ?? null)
              : null,
          required: countsTowardsCycle(workshop),
          upcoming: !scheduled || last >= today,
        };
      }),
    );
    const next = steps.find(
      (s) => s.scheduled && s.upcoming && s.workshop?.status === WorkshopStatus.PUBLISHED,
    );
    return {
      cohort,
      participation,
      steps,
      progress: cycleProgress(workshops, (w) => statusOf.get(w.id)),
      nextWorkshop: next?.workshop ?? null,
    };
  }
}
