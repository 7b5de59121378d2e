import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortEntity, cohortsSql } from '@zyklus/cohorts';
import { Clock, Language, localDateOf, RequestLoaders } from '@zyklus/common';
import { Actor, identitySql, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import { PeerCaseEntity } from '../case/peer-case.entity';
import { PeerGroupSuggestionsInput } from '../inputs/peer-group.inputs';
import { PeerCaseStatus, PeerRoundStatus } from '../peer-enums';
import { cohortNotFound } from '../peer-rounds.errors';
import {
  PeerCaseQueueLoader,
  PeerGroupCohortsLoader,
  PeerGroupZoneLoader,
  PeerMembersLoader,
  PeerRoundsByGroupLoader,
} from '../peer-rounds.loaders';
import { PeerRoundEntity } from '../round/peer-round.entity';
import { Candidate, suggestGroups } from './group-suggestions';
import { PeerGroupEntity } from './peer-group.entity';
import { PeerGroupMember, PeerGroupSuggestion } from './peer-group.model';

/** 3–9 members are recommended (DESIGN §8); outside that range the group warns. */
export const RECOMMENDED_SIZE = { min: 3, max: 9 } as const;

/** A group's fields as one viewer may see them (the case queue: current members only). */
@Injectable()
export class PeerGroupView {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
    private readonly clock: Clock,
    private readonly zones: PeerGroupZoneLoader,
    private readonly members: PeerMembersLoader,
    private readonly cohorts: PeerGroupCohortsLoader,
    private readonly rounds: PeerRoundsByGroupLoader,
    private readonly queue: PeerCaseQueueLoader,
  ) {}

  cohortsOf(loaders: RequestLoaders, group: PeerGroupEntity): Promise<CohortEntity[]> {
    return loaders.for(this.cohorts).load(group.id);
  }

  async membersOf(loaders: RequestLoaders, group: PeerGroupEntity): Promise<PeerGroupMember[]> {
    const [rows, zone] = await Promise.all([
      loaders.for(this.members).load(group.id),
      loaders.for(this.zones).load(group.id),
    ]);
    const today = localDateOf(this.clock.now(), zone);
    return rows.map((m) => ({
      ...m,
      current: m.fromDate <= today && (m.toDate === null || m.toDate >= today),
    }));
  }

  async warnings(actor: Actor, loaders: RequestLoaders, group: PeerGroupEntity) {
    const count = (await this.membersOf(loaders, group)).filter((m) => m.current).length;
    const { min, max } = RECOMMENDED_SIZE;
    if (count >= min && count <= max) return [];
    return [
      actor.language === Language.EN
        ? `${count} members: ${min}–${max} are recommended.`
        : `${count} Mitglieder: empfohlen sind ${min}–${max}.`,
    ];
  }

  /** Program managers all rounds; a member the rounds of the days they were a member. */
  async roundsOf(
    actor: Actor,
    loaders: RequestLoaders,
    group: PeerGroupEntity,
  ): Promise<PeerRoundEntity[]> {
    const rounds = await loaders.for(this.rounds).load(group.id);
    if (actor.isProgramManager) return rounds;
    const visible = await Promise.all(rounds.map((r) => this.access.canSeeContents(actor, r)));
    return rounds.filter((_, i) => visible[i]);
  }

  /** The next planned round the viewer may see. */
  async nextRound(actor: Actor, loaders: RequestLoaders, group: PeerGroupEntity) {
    const now = this.clock.now();
    return (
      (await this.roundsOf(actor, loaders, group)).find(
        (r) => r.status === PeerRoundStatus.PLANNED && r.startsAt > now,
      ) ?? null
    );
  }

  /** CONFIDENTIAL: the open cases (queued and scheduled); current members only, else null. */
  async caseQueue(
    actor: Actor,
    loaders: RequestLoaders,
    group: PeerGroupEntity,
  ): Promise<PeerCaseEntity[] | null> {
    if (!(await this.access.isCurrentMember(actor, group.id))) return null;
    const rows = await loaders.for(this.queue).load(group.id);
    return rows.filter(
      (c) => c.status === PeerCaseStatus.QUEUED || c.status === PeerCaseStatus.SCHEDULED,
    );
  }

  /**
   * Proposed groups for a cohort: its coordinators who take part (enrolled, active, completed)
   * and still coordinate their network, mixed by Bundesland (see suggestGroups).
   */
  async suggestions(
    actor: Actor,
    input: PeerGroupSuggestionsInput,
  ): Promise<PeerGroupSuggestion[]> {
    requireProgramManager(actor);
    const cohort = await this.dataSource.getRepository(CohortEntity).findOneBy({
      id: input.cohortId,
    });
    if (!cohort) throw cohortNotFound('cohortId');
    const rows: Candidate[] = await this.dataSource.query(
      `SELECT DISTINCT pe.id AS "personId", pe.name, n.id AS "networkId",
              n.name AS "networkName", n.bundesland
         FROM ${cohortsSql.participations} pa
         JOIN ${cohortsSql.networks} n ON n.id = pa.network_id
         JOIN ${cohortsSql.coordinations} k ON k.network_id = n.id AND k.end_date IS NULL
         JOIN ${identitySql.people} pe ON pe.id = k.person_id
        WHERE pa.cohort_id = $1 AND pa.status IN ('ENROLLED', 'ACTIVE', 'COMPLETED')`,
      [cohort.id],
    );
    return suggestGroups(rows, input.size).map((members) => ({
      members: members.map((m) => ({ ...m, bundesland: m.bundesland as never })),
      bundeslaender: new Set(members.map((m) => m.bundesland)).size,
    }));
  }
}
