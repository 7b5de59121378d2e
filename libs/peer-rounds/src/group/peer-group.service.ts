import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortEntity, cohortsSql, ProgrammeEntity } from '@zyklus/cohorts';
import { Clock, NotFoundError } from '@zyklus/common';
import { Actor, PersonEntity, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import {
  AddPeerGroupMemberInput,
  ChangePeerGroupStatusInput,
  EndPeerGroupMembershipInput,
  FormPeerGroupInput,
} from '../inputs/peer-group.inputs';
import { PeerGroupStatus } from '../peer-enums';
import {
  alreadyMember,
  cohortNotFound,
  groupEnded,
  groupNotFound,
  groupStatusChange,
  leavesBeforeJoining,
  notCurrentMember,
  personNotFound,
  roleTwice,
} from '../peer-rounds.errors';
import { PeerRoundHooks } from '../round/peer-round-hooks';
import { RoundCancellation } from '../round/round-cancellation';
import { PeerGroupCohortEntity, PeerGroupEntity, PeerGroupMemberEntity } from './peer-group.entity';

const NEXT_STATUS: Record<PeerGroupStatus, readonly PeerGroupStatus[]> = {
  FORMING: [PeerGroupStatus.ACTIVE, PeerGroupStatus.ENDED],
  ACTIVE: [PeerGroupStatus.ENDED],
  ENDED: [],
};

/**
 * Forming groups and changing their members over time (program managers), each change one
 * transaction that locks the group; the reminders follow membership changes in it.
 */
@Injectable()
export class PeerGroupService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
    private readonly clock: Clock,
    private readonly hooks: PeerRoundHooks,
    private readonly cancellation: RoundCancellation,
  ) {}

  async get(actor: Actor, id: string): Promise<PeerGroupEntity> {
    await this.access.requireGroup(actor, id);
    const group = await this.dataSource.getRepository(PeerGroupEntity).findOneBy({ id });
    if (!group) throw groupNotFound('id');
    return group;
  }

  /** Program managers: every group (of one programme), newest first. */
  list(actor: Actor, programmeId?: string | null): Promise<PeerGroupEntity[]> {
    requireProgramManager(actor);
    return this.dataSource.getRepository(PeerGroupEntity).find({
      where: programmeId ? { programmeId } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  /** The groups the actor is or was a member of. */
  async mine(actor: Actor): Promise<PeerGroupEntity[]> {
    const ids = await this.access.groupIds(actor);
    if (!ids.length) return [];
    return this.dataSource
      .getRepository(PeerGroupEntity)
      .find({ where: { id: In(ids) }, order: { name: 'ASC' } });
  }

  async form(actor: Actor, input: FormPeerGroupInput): Promise<PeerGroupEntity> {
    requireProgramManager(actor);
    const seen = new Set<string>();
    input.members.forEach((m, i) => {
      if (seen.has(m.personId)) throw roleTwice(`members.${i}.personId`);
      seen.add(m.personId);
    });
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOneBy(ProgrammeEntity, { id: input.programmeId });
      if (!programme) throw NotFoundError.of({ de: 'Programm', en: 'Programme' }, 'programmeId');
      const cohortIds = [...new Set(input.cohortIds)];
      const cohorts = await manager.findBy(CohortEntity, {
        id: In(cohortIds),
        programmeId: programme.id,
      });
      if (cohorts.length !== cohortIds.length) throw cohortNotFound();
      await this.requirePeople(
        manager,
        input.members.map((m) => m.personId),
        'members',
      );
      const today = this.clock.today(programme.timeZone);
      const group = await manager.save(
        manager.create(PeerGroupEntity, {
          programmeId: programme.id,
          name: input.name,
          method: input.method,
          status: PeerGroupStatus.FORMING,
        }),
      );
      await manager.insert(
        PeerGroupCohortEntity,
        cohortIds.map((cohortId) => ({ groupId: group.id, cohortId })),
      );
      if (input.members.length) {
        await manager.insert(
          PeerGroupMemberEntity,
          input.members.map((m) => ({
            groupId: group.id,
            personId: m.personId,
            fromDate: m.fromDate ?? today,
            toDate: null,
          })),
        );
      }
      return group;
    });
  }

  async changeStatus(actor: Actor, input: ChangePeerGroupStatusInput): Promise<PeerGroupEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lock(manager, input.groupId);
      if (!NEXT_STATUS[group.status].includes(input.status)) {
        throw groupStatusChange(group.status, input.status);
      }
      group.status = input.status;
      await manager.save(group);
      if (input.status === PeerGroupStatus.ENDED) {
        await this.cancellation.cancelFuture(manager, group.id, {
          de: 'Die Gruppe ist beendet.',
          en: 'The group has ended.',
        });
      }
      await this.hooks.notify({ change: 'GROUP_STATUS', groupId: group.id, roundIds: [], manager });
      return group;
    });
  }

  async addMember(actor: Actor, input: AddPeerGroupMemberInput): Promise<PeerGroupEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lock(manager, input.groupId);
      if (group.status === PeerGroupStatus.ENDED) throw groupEnded();
      await this.requirePeople(manager, [input.personId], 'personId');
      const today = await this.today(manager, group);
      const fromDate = input.fromDate ?? today;
      const open = await manager
        .createQueryBuilder(PeerGroupMemberEntity, 'm')
        .where('m.groupId = :groupId AND m.personId = :personId', {
          groupId: group.id,
          personId: input.personId,
        })
        .andWhere('(m.toDate IS NULL OR m.toDate >= :fromDate)', { fromDate })
        .getExists();
      if (open) throw alreadyMember();
      await manager.insert(PeerGroupMemberEntity, {
        groupId: group.id,
        personId: input.personId,
        fromDate,
        toDate: null,
      });
      await this.membersChanged(manager, group.id);
      return group;
    });
  }

  async endMembership(actor: Actor, input: EndPeerGroupMembershipInput): Promise<PeerGroupEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const group = await this.lock(manager, input.groupId);
      if (group.status === PeerGroupStatus.ENDED) throw groupEnded();
      const row = await manager
        .createQueryBuilder(PeerGroupMemberEntity, 'm')
        .where('m.groupId = :g AND m.personId = :p AND m.toDate IS NULL', {
          g: group.id,
          p: input.personId,
        })
        .getOne();
      if (!row) throw notCurrentMember();
      const toDate = input.toDate ?? (await this.today(manager, group));
      if (toDate < row.fromDate) throw leavesBeforeJoining();
      row.toDate = toDate;
      await manager.save(row);
      // A leaver holds no role and has no answer in rounds after their last day.
      await manager.query(
        `DELETE FROM peer_round_role r USING peer_round x, ${cohortsSql.programmes} p, peer_group g
          WHERE r.round_id = x.id AND x.group_id = $1 AND g.id = x.group_id
            AND p.id = g.programme_id AND r.person_id = $2
            AND (x.starts_at AT TIME ZONE p.time_zone)::date > $3::date`,
        [group.id, input.personId, toDate],
      );
      await this.membersChanged(manager, group.id);
      return group;
    });
  }

  private async membersChanged(manager: EntityManager, groupId: string): Promise<void> {
    const rounds: { id: string }[] = await manager.query(
      `SELECT id FROM peer_round WHERE group_id = $1 AND status = 'PLANNED' ORDER BY id`,
      [groupId],
    );
    await this.hooks.notify({
      change: 'MEMBERS',
      groupId,
      roundIds: rounds.map((r) => r.id),
      manager,
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<PeerGroupEntity> {
    const group = await manager.findOne(PeerGroupEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!group) throw groupNotFound();
    return group;
  }

  private async today(manager: EntityManager, group: PeerGroupEntity): Promise<string> {
    const programme = await manager.findOneByOrFail(ProgrammeEntity, { id: group.programmeId });
    return this.clock.today(programme.timeZone);
  }

  private async requirePeople(manager: EntityManager, ids: string[], field: string) {
    if (!ids.length) return;
    const found = await manager.countBy(PersonEntity, { id: In(ids) });
    if (found !== new Set(ids).size) throw personNotFound(field);
  }
}
