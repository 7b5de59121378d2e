import { Injectable } from '@nestjs/common';
import { localDateOf, RequestLoaders } from '@zyklus/common';
import { Actor, personView, PersonView } from '@zyklus/identity';
import { CohortAccess, DetailScope, withinScope } from '../access/cohort-access';
import { CohortByIdLoader } from '../cohort/cohort-by-id.loader';
import { CohortEntity } from '../cohort/cohort.entity';
import { cohortNotFound } from '../cohort/cohort.errors';
import { CoordinationEntity, overlaps } from '../coordination/coordination.entity';
import { CoordinationsByNetworkLoader } from '../coordination/coordinations-by-network.loader';
import {
  nextParticipationStatuses,
  ParticipationStatus,
  TAKING_PART,
} from './participation-status';
import { ParticipationChangeEntity } from './participation-change.entity';
import {
  NetworkRow,
  ParticipationRecord,
  ParticipationRecordByIdLoader,
  ParticipationRecords,
  ParticipationRecordsByCohortLoader,
  ParticipationRecordsByNetworkLoader,
} from './participation-records';
import { ParticipationChangesLoader } from './participation.loaders';
import { CoordinatorExperience } from './participation.model';

/**
 * A participation as one viewer may see it: what GraphQL's Participation shows, already
 * redacted (coordinator and withdrawal reason), with the viewer's scope for the details read
 * on demand (history, coordinations).
 */
export interface RedactedParticipation {
  readonly id: string;
  readonly cohortId: string;
  readonly networkId: string;
  readonly status: ParticipationStatus;
  readonly waitlistedAt: Date | null;
  readonly completedOn: string | null;
  readonly withdrawnOn: string | null;
  readonly createdAt: Date;
  readonly network: NetworkRow;
  readonly coordinator: PersonView | null;
  readonly coordinatorExperience: CoordinatorExperience | null;
  readonly waitlistPosition: number | null;
  readonly withdrawalReason: string | null;
  readonly nextStatuses: readonly ParticipationStatus[];
  /** How much of its details the viewer sees (not a GraphQL field). */
  readonly scope: DetailScope;
  /** What it was made from (not a GraphQL field). */
  readonly record: ParticipationRecord;
}

/**
 * The rules for what a viewer sees of a participation (DESIGN §4), applied in one place for
 * every path (the overview, a cohort's participations, a network's, an attendance row, a cycle,
 * the exports), on records read with one statement for any number of rows:
 * - program managers everything;
 * - the network's current coordinator everything; a former one what was written up to the day
 *   they left, and not their successor as coordinator;
 * - fellow participants the participation without its details (no withdrawal reason, no
 *   history, no coordinations) and its coordinator without contact data.
 */
@Injectable()
export class ParticipationView {
  constructor(
    private readonly access: CohortAccess,
    private readonly records: ParticipationRecords,
    private readonly cohortById: CohortByIdLoader,
    private readonly byCohort: ParticipationRecordsByCohortLoader,
    private readonly byId: ParticipationRecordByIdLoader,
    private readonly byNetwork: ParticipationRecordsByNetworkLoader,
    private readonly coordinationsByNetwork: CoordinationsByNetworkLoader,
    private readonly changes: ParticipationChangesLoader,
  ) {}

  async cohortOf(loaders: RequestLoaders, participation: { cohortId: string }) {
    const cohort = await loaders.for(this.cohortById).load(participation.cohortId);
    if (!cohort) throw cohortNotFound('cohortId');
    return cohort;
  }

  /** All records of a cohort, by network name, not redacted: for rules and aggregates. */
  all(loaders: RequestLoaders, cohortId: string): Promise<readonly ParticipationRecord[]> {
    return loaders.for(this.byCohort).load(cohortId);
  }

  /** One record, not redacted. */
  record(loaders: RequestLoaders, id: string): Promise<ParticipationRecord | null> {
    return loaders.for(this.byId).load(id);
  }

  /** `record` as `actor` may see it. */
  async redact(actor: Actor, record: ParticipationRecord): Promise<RedactedParticipation> {
    const scope = await this.access.detailScope(actor, record.id);
    return redacted(actor, record, scope);
  }

  /** `records` as `actor` may see them (the access facts are read once per request). */
  async redactAll(
    actor: Actor,
    records: readonly ParticipationRecord[],
  ): Promise<RedactedParticipation[]> {
    if (actor.isProgramManager) return records.map((r) => redacted(actor, r, ALL));
    return Promise.all(records.map((record) => this.redact(actor, record)));
  }

  /** One participation as `actor` sees it; null if there is none. */
  async one(actor: Actor, loaders: RequestLoaders, id: string) {
    const record = await this.record(loaders, id);
    return record && this.redact(actor, record);
  }

  /** One participation read afresh (after a change), as `actor` sees it. */
  async fresh(actor: Actor, id: string): Promise<RedactedParticipation> {
    const [record] = await this.records.read('p.id = ANY($1::uuid[])', [id]);
    if (!record) throw new Error(`Participation ${id} vanished`);
    return this.redact(actor, record);
  }

  /**
   * The participations of a cohort `actor` may see: all for program managers; for a
   * coordinator their own, and those of networks that take part (enrolled, active, completed)
   * only while they take part themselves (CohortAccess.isParticipant): not while their own
   * network is invited, waiting or withdrawn, nor after they handed it over.
   */
  async visible(actor: Actor, loaders: RequestLoaders, cohortId: string) {
    const all = await this.all(loaders, cohortId);
    if (actor.isProgramManager) return this.redactAll(actor, all);
    const own = (await this.access.facts(actor)).participationIds;
    const fellows = await this.access.isParticipant(actor, cohortId);
    return this.redactAll(
      actor,
      all.filter((p) => own.has(p.id) || (fellows && TAKING_PART.includes(p.status))),
    );
  }

  /** A network's participations, latest cohort first: managers and its coordinator; else null. */
  async ofNetwork(actor: Actor, loaders: RequestLoaders, networkId: string) {
    if (!(await this.access.canSeeNetwork(actor, networkId))) return null;
    return this.redactAll(actor, await loaders.for(this.byNetwork).load(networkId));
  }

  /**
   * Everyone who coordinated the network during the cohort (and after, while it lies ahead),
   * oldest first, as far as the viewer's scope reaches; null without details.
   */
  async coordinations(
    loaders: RequestLoaders,
    participation: RedactedParticipation,
  ): Promise<CoordinationEntity[] | null> {
    const { scope, record } = participation;
    if (scope.kind === 'none') return null;
    const from = [record.cohortStartDate, record.today].sort()[0]!;
    const history = await loaders.for(this.coordinationsByNetwork).load(record.networkId);
    return history.filter(
      (c) => overlaps(c, from, record.cohortEndDate) && withinScope(scope, c.startDate),
    );
  }

  /** Status changes, oldest first, as far as the viewer's scope reaches; null without details. */
  async history(
    loaders: RequestLoaders,
    participation: RedactedParticipation,
  ): Promise<ParticipationChangeEntity[] | null> {
    const { scope, record } = participation;
    if (scope.kind === 'none') return null;
    const changes = await loaders.for(this.changes).load(record.id);
    return changes.filter((c) => withinScope(scope, localDateOf(c.changedAt, record.timeZone)));
  }

  /** The cohort of a participation. */
  cohort(loaders: RequestLoaders, participation: RedactedParticipation): Promise<CohortEntity> {
    return this.cohortOf(loaders, participation);
  }
}

const ALL: DetailScope = { kind: 'all' };

function redacted(
  actor: Actor,
  record: ParticipationRecord,
  scope: DetailScope,
): RedactedParticipation {
  const { coordination } = record;
  const handedOver =
    scope.kind === 'until' && coordination !== null && !withinScope(scope, coordination.startDate);
  const withdrawn = record.withdrawnOn;
  return {
    id: record.id,
    cohortId: record.cohortId,
    networkId: record.networkId,
    status: record.status,
    waitlistedAt: record.waitlistedAt,
    completedOn: record.completedOn,
    withdrawnOn: record.withdrawnOn,
    createdAt: record.createdAt,
    network: record.network,
    coordinator: record.coordinator && !handedOver ? personView(actor, record.coordinator) : null,
    coordinatorExperience: record.coordinatorExperience,
    waitlistPosition: record.waitlistPosition,
    withdrawalReason: withdrawn && withinScope(scope, withdrawn) ? record.withdrawalReason : null,
    nextStatuses: nextParticipationStatuses(record.status),
    scope,
    record,
  };
}
