import { Injectable } from '@nestjs/common';
import { CohortAccess } from '@zyklus/cohorts';
import { Actor } from '@zyklus/identity';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { notTakingPartInWorkshop, workshopNotFound } from '../workshop/workshop.errors';

/**
 * Who sees which workshop (DESIGN §4): program managers all; coordinators the published,
 * completed and cancelled workshops of the cohorts they take part in — never drafts; the online
 * link only those who take part with a place.
 */
@Injectable()
export class WorkshopAccess {
  constructor(private readonly cohorts: CohortAccess) {}

  async canSee(actor: Actor, workshop: WorkshopEntity): Promise<boolean> {
    if (actor.isProgramManager) return true;
    if (workshop.status === WorkshopStatus.DRAFT) return false;
    return this.cohorts.canSeeCohort(actor, workshop.cohortId);
  }

  /** NOT_FOUND for a draft (its existence is not the coordinator's business), else FORBIDDEN. */
  async require(actor: Actor, workshop: WorkshopEntity): Promise<void> {
    if (await this.canSee(actor, workshop)) return;
    if (workshop.status === WorkshopStatus.DRAFT) throw workshopNotFound();
    throw notTakingPartInWorkshop();
  }

  visible(actor: Actor, workshops: readonly WorkshopEntity[]): readonly WorkshopEntity[] {
    return actor.isProgramManager
      ? workshops
      : workshops.filter((w) => w.status !== WorkshopStatus.DRAFT);
  }

  canSeeLink(actor: Actor, workshop: WorkshopEntity): Promise<boolean> {
    return this.cohorts.isParticipant(actor, workshop.cohortId);
  }
}
