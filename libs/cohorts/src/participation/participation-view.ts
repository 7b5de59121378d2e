import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { CohortAccess } from '../access/cohort-access';
import { completedBefore, CompletedCohortsLoader } from '../alumni/completed-cohorts.loader';
import { CohortByIdLoader } from '../cohort/cohort-by-id.loader';
import { CohortEntity } from '../cohort/cohort.entity';
import { cohortNotFound } from '../cohort/cohort.errors';
import { CoordinationEntity, covers, overlaps } from '../coordination/coordination.entity';
import { CoordinationsByNetworkLoader } from '../coordination/coordinations-by-network.loader';
import { TAKING_PART } from './participation-status';
import { ParticipationEntity } from './participation.entity';
import { CoordinatorExperience } from './participation.model';
import { ParticipationByIdLoader, ParticipationsByCohortLoader } from './participation.loaders';

/**
 * Reads around participations for the resolvers, through the request's DataLoaders only: a
 * cohort with 50 networks costs the same few queries as one with 5.
 */
@Injectable()
export class ParticipationView {
  constructor(
    private readonly access: CohortAccess,
    private readonly cohortById: CohortByIdLoader,
    private readonly byCohort: ParticipationsByCohortLoader,
    private readonly participationById: ParticipationByIdLoader,
    private readonly coordinationsByNetwork: CoordinationsByNetworkLoader,
    private readonly completedCohorts: CompletedCohortsLoader,
  ) {}

  async cohortOf(loaders: RequestLoaders, participation: ParticipationEntity) {
    const cohort = await loaders.for(this.cohortById).load(participation.cohortId);
    if (!cohort) throw cohortNotFound('cohortId');
    return cohort;
  }

  byId(loaders: RequestLoaders, id: string): Promise<ParticipationEntity | null> {
    return loaders.for(this.participationById).load(id);
  }

  /** All participations of a cohort, by network name. */
  all(loaders: RequestLoaders, cohortId: string): Promise<readonly ParticipationEntity[]> {
    return loaders.for(this.byCohort).load(cohortId);
  }

  /**
   * The participations of a cohort `actor` may see: all for program managers; for a
   * coordinator their own, and those of networks that take part (enrolled, active, completed)
   * only while they take part themselves (CohortAccess.isParticipant): not while their own
   * network is invited, waiting or withdrawn, nor after they handed it over.
   */
  async visible(actor: Actor, loaders: RequestLoaders, cohortId: string) {
    const all = await this.all(loaders, cohortId);
    if (actor.isProgramManager) return all;
    const own = (await this.access.facts(actor)).participationIds;
    const fellows = await this.access.isParticipant(actor, cohortId);
    return all.filter((p) => own.has(p.id) || (fellows && TAKING_PART.includes(p.status)));
  }

  /**
   * The coordination that speaks for a participation: the network's coordinator today while the
   * cohort runs or lies ahead, the one on its last day once it is over.
   */
  async coordination(
    loaders: RequestLoaders,
    participation: ParticipationEntity,
  ): Promise<CoordinationEntity | null> {
    const cohort = await this.cohortOf(loaders, participation);
    const today = this.access.today();
    const on = cohort.endDate < today ? cohort.endDate : today;
    const history = await loaders.for(this.coordinationsByNetwork).load(participation.networkId);
    return history.find((c) => covers(c, on)) ?? null;
  }

  /** Everyone who coordinated the network during the cohort (and after, while it lies ahead). */
  async coordinationsDuring(loaders: RequestLoaders, participation: ParticipationEntity) {
    const cohort: CohortEntity = await this.cohortOf(loaders, participation);
    const from = [cohort.startDate, this.access.today()].sort()[0]!;
    const history = await loaders.for(this.coordinationsByNetwork).load(participation.networkId);
    return history.filter((c) => overlaps(c, from, cohort.endDate));
  }

  /** NEW or EXPERIENCED: whether the coordinator completed a cohort that began earlier. */
  async experience(
    loaders: RequestLoaders,
    participation: ParticipationEntity,
  ): Promise<CoordinatorExperience | null> {
    const coordination = await this.coordination(loaders, participation);
    if (!coordination) return null;
    const cohort = await this.cohortOf(loaders, participation);
    const completed = await loaders.for(this.completedCohorts).load(coordination.personId);
    return completedBefore(completed, cohort.startDate)
      ? CoordinatorExperience.EXPERIENCED
      : CoordinatorExperience.NEW;
  }
}
