import { ProgrammeEntity } from '@zyklus/cohorts';
import { localDateOf } from '@zyklus/common';
import { EntityManager } from 'typeorm';
import { PeerGroupEntity, PeerGroupMemberEntity } from '../group/peer-group.entity';
import { groupNotFound, roundNotFound } from '../peer-rounds.errors';
import { PeerRoundEntity } from './peer-round.entity';

/** A round (or a group) with what its checks need, read in the caller's transaction. */
export interface GroupContext {
  group: PeerGroupEntity;
  timeZone: string;
}

export async function lockGroup(manager: EntityManager, id: string): Promise<GroupContext> {
  const group = await manager.findOne(PeerGroupEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  if (!group) throw groupNotFound();
  const programme = await manager.findOneByOrFail(ProgrammeEntity, { id: group.programmeId });
  return { group, timeZone: programme.timeZone };
}

/** Locks a round (and, first, its group: one order for everyone, no deadlocks). */
export async function lockRound(
  manager: EntityManager,
  id: string,
  field = 'roundId',
): Promise<GroupContext & { round: PeerRoundEntity }> {
  const found = await manager.findOneBy(PeerRoundEntity, { id });
  if (!found) throw roundNotFound(field);
  const context = await lockGroup(manager, found.groupId);
  const round = await manager.findOneOrFail(PeerRoundEntity, {
    where: { id },
    lock: { mode: 'pessimistic_write' },
  });
  return { ...context, round };
}

/** The ids of the people who are members of the group on `date`. */
export async function membersOn(
  manager: EntityManager,
  groupId: string,
  date: string,
): Promise<Set<string>> {
  const rows = await manager
    .createQueryBuilder(PeerGroupMemberEntity, 'm')
    .where('m.groupId = :groupId AND m.fromDate <= :date', { groupId, date })
    .andWhere('(m.toDate IS NULL OR m.toDate >= :date)', { date })
    .getMany();
  return new Set(rows.map((m) => m.personId));
}

/** The round's calendar day in the programme's time zone. */
export const dayOf = (round: PeerRoundEntity, timeZone: string) =>
  localDateOf(round.startsAt, timeZone);
