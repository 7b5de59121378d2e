import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortAccess } from '@zyklus/cohorts';
import { RequestLoaders } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource, In, Not } from 'typeorm';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { WorkshopsByCohortLoader } from '../workshop/workshop.loaders';
import { notTakingPartInWorkshop, workshopNotFound } from '../workshop/workshop.errors';
import { workshopsInvolving } from './workshop-participants';

/**
 * A workshop as one viewer may see it: GraphQL's Workshop reads its `onlineUrl` from
 * `visibleOnlineUrl`, which only WorkshopAccess.redact fills, so a workshop that reaches an
 * answer without passing the rule shows no link.
 */
export type RedactedWorkshop = WorkshopEntity & {
  readonly visibleOnlineUrl: string | null;
  readonly place: { name: string; address: string | null } | null;
};

/**
 * Who sees which workshop (DESIGN §4), for every entry point (GraphQL, the calendar feed):
 * - program managers all;
 * - the workshop's own people — its participants (workshop-participants.ts: who coordinates a
 *   network with a place on its first day, the people its reminders go to) and its internal
 *   facilitators — the published, completed and cancelled workshops they are part of, with
 *   the online link, also after a hand-over and when the days lie outside the cohort's period;
 *   these are the workshops in their calendar feed;
 * - anyone who may see the cohort (CohortAccess.canSeeCohort) its published, completed and
 *   cancelled workshops, without the link unless they are among its people;
 * - never drafts, except program managers.
 */
@Injectable()
export class WorkshopAccess {
  constructor(
    private readonly cohorts: CohortAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly byCohort: WorkshopsByCohortLoader,
  ) {}

  async canSee(actor: Actor, workshop: WorkshopEntity): Promise<boolean> {
    if (actor.isProgramManager) return true;
    if (workshop.status === WorkshopStatus.DRAFT) return false;
    return (
      (await this.cohorts.canSeeCohort(actor, workshop.cohortId)) ||
      (await this.involved(actor)).has(workshop.id)
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

  /** A cohort's workshops by first day as `actor` sees them; null if they may not see it. */
  async ofCohort(
    actor: Actor,
    loaders: RequestLoaders,
    cohortId: string,
  ): Promise<RedactedWorkshop[] | null> {
    if (!(await this.cohorts.canSeeCohort(actor, cohortId))) return null;
    const workshops = await loaders.for(this.byCohort).load(cohortId);
    return this.redactAll(actor, this.visible(actor, workshops));
  }

  /** `workshop` as `actor` may see it (the caller checked that they may see it at all). */
  async redact(actor: Actor, workshop: WorkshopEntity): Promise<RedactedWorkshop> {
    const link = await this.canSeeLink(actor, workshop);
    return {
      ...workshop,
      visibleOnlineUrl: link ? workshop.onlineUrl : null,
      place: workshop.placeName
        ? { name: workshop.placeName, address: workshop.placeAddress }
        : null,
    };
  }

  /** `workshops` as `actor` may see them (who takes part is read once per request). */
  redactAll(actor: Actor, workshops: readonly WorkshopEntity[]): Promise<RedactedWorkshop[]> {
    return Promise.all(workshops.map((workshop) => this.redact(actor, workshop)));
  }

  /** The online link: program managers, and the workshop's participants and facilitators. */
  async canSeeLink(actor: Actor, workshop: WorkshopEntity): Promise<boolean> {
    if (actor.isProgramManager) return true;
    if (workshop.status === WorkshopStatus.DRAFT) return false;
    return (await this.involved(actor)).has(workshop.id);
  }

  /**
   * The workshops `actor` takes part in, e.g. for their calendar feed: program managers all
   * that are not drafts; anyone else the published, completed and cancelled ones they are a
   * participant or an internal facilitator of. Each of them passes `canSee` and `canSeeLink`.
   */
  async takingPart(actor: Actor): Promise<WorkshopEntity[]> {
    const repository = this.dataSource.getRepository(WorkshopEntity);
    const notDraft = Not(WorkshopStatus.DRAFT);
    if (actor.isProgramManager) return repository.findBy({ status: notDraft });
    const ids = [...(await this.involved(actor))];
    if (!ids.length) return [];
    return repository.findBy({ id: In(ids), status: notDraft });
  }

  /**
   * The workshops (any status) the actor is a participant or an internal facilitator of, read
   * once per request with one query however many workshops are checked.
   */
  private involved(actor: Actor): Promise<ReadonlySet<string>> {
    return actor.memo('workshops.involved', async () => {
      return new Set(await workshopsInvolving(this.dataSource.manager, actor.personId));
    });
  }
}
