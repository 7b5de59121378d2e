import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortAccess } from '@zyklus/cohorts';
import { Actor } from '@zyklus/identity';
import { DataSource, In, Not } from 'typeorm';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { notTakingPartInWorkshop, workshopNotFound } from '../workshop/workshop.errors';

/**
 * Who sees which workshop (DESIGN §4), for every entry point (GraphQL, the calendar feed):
 * - program managers all;
 * - coordinators the published, completed and cancelled workshops of the cohorts they take
 *   part in — never drafts;
 * - internal facilitators (people of Zyklus named as facilitators) the published, completed
 *   and cancelled workshops they facilitate, also when they take no part in the cohort: they
 *   run them.
 * The online link: program managers, networks taking part with a place
 * (CohortAccess.isParticipant), and the workshop's internal facilitators.
 */
@Injectable()
export class WorkshopAccess {
  constructor(
    private readonly cohorts: CohortAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canSee(actor: Actor, workshop: WorkshopEntity): Promise<boolean> {
    if (actor.isProgramManager) return true;
    if (workshop.status === WorkshopStatus.DRAFT) return false;
    return (
      (await this.cohorts.canSeeCohort(actor, workshop.cohortId)) ||
      (await this.facilitated(actor)).has(workshop.id)
    );
  }

  /** NOT_FOUND for a draft (its existence is not the coordinator's business), else FORBIDDEN. */
  async require(actor: Actor, workshop: WorkshopEntity): Promise<void> {
    if (await this.canSee(actor, workshop)) return;
    if (workshop.status === WorkshopStatus.DRAFT) throw workshopNotFound();
    throw notTakingPartInWorkshop();
  }

  /** A cohort's workshops as someone who may see the cohort sees them: drafts only managers. */
  visible(actor: Actor, workshops: readonly WorkshopEntity[]): readonly WorkshopEntity[] {
    return actor.isProgramManager
      ? workshops
      : workshops.filter((w) => w.status !== WorkshopStatus.DRAFT);
  }

  async canSeeLink(actor: Actor, workshop: WorkshopEntity): Promise<boolean> {
    if (actor.isProgramManager) return true;
    if (workshop.status === WorkshopStatus.DRAFT) return false;
    return (
      (await this.cohorts.isParticipant(actor, workshop.cohortId)) ||
      (await this.facilitated(actor)).has(workshop.id)
    );
  }

  /**
   * The workshops `actor` takes part in, e.g. for their calendar feed: program managers all
   * that are not drafts; anyone else those of the cohorts in which their network takes part
   * with a place (not invited, waiting or withdrawn: CohortAccess.isParticipant) and those
   * they facilitate. Every one of them passes `canSee`.
   */
  async takingPart(actor: Actor): Promise<WorkshopEntity[]> {
    const repository = this.dataSource.getRepository(WorkshopEntity);
    if (actor.isProgramManager) {
      return repository.findBy({ status: Not(WorkshopStatus.DRAFT) });
    }
    const facts = await this.cohorts.facts(actor);
    const cohortIds: string[] = [];
    for (const cohortId of facts.cohortIds) {
      if (await this.cohorts.isParticipant(actor, cohortId)) cohortIds.push(cohortId);
    }
    const facilitated = [...(await this.facilitated(actor))];
    if (!cohortIds.length && !facilitated.length) return [];
    const notDraft = Not(WorkshopStatus.DRAFT);
    const found = await repository.find({
      where: [
        ...(cohortIds.length ? [{ cohortId: In(cohortIds), status: notDraft }] : []),
        ...(facilitated.length ? [{ id: In(facilitated), status: notDraft }] : []),
      ],
    });
    const seen = await Promise.all(found.map((w) => this.canSee(actor, w)));
    return found.filter((_, i) => seen[i]);
  }

  /** The workshops the actor facilitates as a person of Zyklus; read once per request. */
  private facilitated(actor: Actor): Promise<ReadonlySet<string>> {
    return actor.memo('workshops.facilitated', async () => {
      const rows = await this.dataSource.query<{ workshop_id: string }[]>(
        'SELECT DISTINCT workshop_id FROM workshop_facilitator WHERE person_id = $1',
        [actor.personId],
      );
      return new Set(rows.map((row) => row.workshop_id));
    });
  }
}
