import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { CohortAccess } from '../access/cohort-access';
import { CohortEntity } from '../cohort/cohort.entity';
import { CohortService } from '../cohort/cohort.service';
import { countByStatus, freePlaces } from '../participation/cohort-places';
import { ParticipationStatus } from '../participation/participation-status';
import { ParticipationView, RedactedParticipation } from '../participation/participation-view';

/** The waiting list in queue order (the positions the read model ranked). */
function queue(participations: readonly RedactedParticipation[]): RedactedParticipation[] {
  return participations
    .filter((p) => p.status === ParticipationStatus.WAITLISTED)
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
}

/**
 * The participation side of a cohort as each viewer may see it (DESIGN §4): program managers
 * everything, with the waiting list; a coordinator of the cohort the participations
 * ParticipationView.visible allows, counts and free places; anyone else null. All from one
 * read of the cohort's participations per request.
 */
@Injectable()
export class CohortParticipations {
  constructor(
    private readonly access: CohortAccess,
    private readonly view: ParticipationView,
    private readonly cohorts: CohortService,
  ) {}

  /** The planning view: program managers only (FORBIDDEN for others). */
  async overview(actor: Actor, loaders: RequestLoaders, id: string) {
    requireProgramManager(actor);
    const cohort = await this.cohorts.get(actor, id, loaders);
    const records = await this.view.all(loaders, cohort.id);
    const participations = await this.view.redactAll(actor, records);
    return {
      cohort,
      participations,
      counts: countByStatus(records),
      freeCapacity: freePlaces(cohort.capacity, records),
      waitingList: queue(participations),
    };
  }

  /** The participations `actor` may see, optionally in some statuses; null for outsiders. */
  async of(
    actor: Actor,
    loaders: RequestLoaders,
    cohort: CohortEntity,
    status?: readonly ParticipationStatus[],
  ) {
    if (!(await this.access.canSeeCohort(actor, cohort.id))) return null;
    const visible = await this.view.visible(actor, loaders, cohort.id);
    return status?.length ? visible.filter((p) => status.includes(p.status)) : visible;
  }

  /** How many networks are in each status; null for outsiders. */
  async counts(actor: Actor, loaders: RequestLoaders, cohort: CohortEntity) {
    if (!(await this.access.canSeeCohort(actor, cohort.id))) return null;
    return countByStatus(await this.view.all(loaders, cohort.id));
  }

  /** Places still free; null for outsiders. */
  async freeCapacity(actor: Actor, loaders: RequestLoaders, cohort: CohortEntity) {
    if (!(await this.access.canSeeCohort(actor, cohort.id))) return null;
    return freePlaces(cohort.capacity, await this.view.all(loaders, cohort.id));
  }

  /** The waiting list in queue order: program managers only, null for others. */
  async waitingList(actor: Actor, loaders: RequestLoaders, cohort: CohortEntity) {
    if (!actor.isProgramManager) return null;
    return queue(await this.view.redactAll(actor, await this.view.all(loaders, cohort.id)));
  }

  /** The participation of the network `actor` coordinates in the cohort, if any. */
  async mine(actor: Actor, loaders: RequestLoaders, cohort: CohortEntity) {
    const own = (await this.access.facts(actor)).participationIds;
    const record = (await this.view.all(loaders, cohort.id)).find((p) => own.has(p.id));
    return record ? this.view.redact(actor, record) : null;
  }
}
