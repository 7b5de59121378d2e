import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import { ProposePeerCaseInput, SchedulePeerCaseInput } from '../inputs/peer-case.inputs';
import { PeerCaseStatus, PeerGroupStatus, PeerRole, PeerRoundStatus } from '../peer-enums';
import {
  caseClosed,
  caseNotFound,
  caseNotQueued,
  caseRoundOtherGroup,
  groupEnded,
  mayNotSchedule,
  notAMemberOfGroup,
  notProposer,
  roundAlreadyPast,
  roundNotPlanned,
} from '../peer-rounds.errors';
import { PeerRoundHooks } from '../round/peer-round-hooks';
import { PeerRoundRoleEntity } from '../round/peer-round.entity';
import { lockGroup, lockRound } from '../round/round-context';
import { PeerCaseEntity } from './peer-case.entity';

/**
 * The case queue. Cases are the group's alone: every read and write here requires a current
 * member (or, for a round's cases, a member on the round's day); program managers are not
 * admitted (DESIGN §4).
 */
@Injectable()
export class PeerCaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
    private readonly clock: Clock,
    private readonly hooks: PeerRoundHooks,
  ) {}

  async propose(actor: Actor, input: ProposePeerCaseInput): Promise<PeerCaseEntity> {
    await this.requireMember(actor, input.groupId);
    return this.dataSource.transaction(async (manager) => {
      const { group } = await lockGroup(manager, input.groupId);
      if (group.status === PeerGroupStatus.ENDED) throw groupEnded();
      return manager.save(
        manager.create(PeerCaseEntity, {
          groupId: group.id,
          proposerId: actor.personId,
          title: input.title,
          keyQuestion: input.keyQuestion,
          text: input.text ?? null,
          status: PeerCaseStatus.QUEUED,
          roundId: null,
        }),
      );
    });
  }

  /**
   * QUEUED → SCHEDULED for a planned round that lies ahead, by the round's moderator or the
   * case giver; the case giver then holds that role in the round.
   */
  async schedule(actor: Actor, input: SchedulePeerCaseInput): Promise<PeerCaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { round, group } = await lockRound(manager, input.roundId);
      const found = await manager.findOne(PeerCaseEntity, {
        where: { id: input.caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || !(await this.access.isCurrentMember(actor, found.groupId))) {
        throw caseNotFound();
      }
      if (found.groupId !== group.id) throw caseRoundOtherGroup();
      const moderator = await manager.existsBy(PeerRoundRoleEntity, {
        roundId: round.id,
        role: PeerRole.MODERATOR,
        personId: actor.personId,
      });
      if (found.proposerId !== actor.personId && !moderator) throw mayNotSchedule();
      if (found.status !== PeerCaseStatus.QUEUED) throw caseNotQueued(found.status);
      if (round.status !== PeerRoundStatus.PLANNED) throw roundNotPlanned(round.status);
      if (round.startsAt <= this.clock.now()) throw roundAlreadyPast();
      found.status = PeerCaseStatus.SCHEDULED;
      found.roundId = round.id;
      await manager.save(found);
      await manager
        .createQueryBuilder()
        .insert()
        .into(PeerRoundRoleEntity)
        .values({ roundId: round.id, role: PeerRole.CASE_GIVER, personId: found.proposerId })
        .orIgnore()
        .execute();
      await this.hooks.notify({
        change: 'CASES',
        groupId: group.id,
        roundIds: [round.id],
        manager,
      });
      return found;
    });
  }

  /** The case giver withdraws a queued or scheduled case. */
  async withdraw(actor: Actor, caseId: string): Promise<PeerCaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(PeerCaseEntity, {
        where: { id: caseId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found || !(await this.access.wasMember(actor, found.groupId))) throw caseNotFound();
      if (found.proposerId !== actor.personId) throw notProposer();
      if (found.status !== PeerCaseStatus.QUEUED && found.status !== PeerCaseStatus.SCHEDULED) {
        throw caseClosed(found.status);
      }
      const roundId = found.roundId;
      found.status = PeerCaseStatus.WITHDRAWN;
      found.roundId = null;
      await manager.save(found);
      if (roundId) {
        await this.hooks.notify({
          change: 'CASES',
          groupId: found.groupId,
          roundIds: [roundId],
          manager,
        });
      }
      return found;
    });
  }

  private async requireMember(actor: Actor, groupId: string): Promise<void> {
    if (await this.access.isCurrentMember(actor, groupId)) return;
    await this.access.requireGroup(actor, groupId);
    throw notAMemberOfGroup();
  }
}
