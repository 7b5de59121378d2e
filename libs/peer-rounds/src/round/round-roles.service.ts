import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cohortsSql } from '@zyklus/cohorts';
import { Actor, identitySql } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import { AssignPeerRolesInput } from '../inputs/peer-round.inputs';
import { PeerRole, PeerRoundStatus } from '../peer-enums';
import { notARoundMember, roleTwice, roundNotFound, roundNotPlanned } from '../peer-rounds.errors';
import { PeerRoundHooks } from './peer-round-hooks';
import { PeerRoundEntity, PeerRoundRoleEntity } from './peer-round.entity';
import { RoleCandidate, SuggestedRoles } from './peer-round.model';
import { dayOf, lockRound, membersOn } from './round-context';

interface HistoryRow {
  person_id: string;
  name: string;
  moderator: string | null;
  case_giver: string | null;
  secretary: string | null;
  queued: boolean;
}

/** Roles per round: explicit assignment, and the rotation suggestion. */
@Injectable()
export class RoundRolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
    private readonly hooks: PeerRoundHooks,
  ) {}

  /** Replaces the round's roles; everyone named must be a member on the round's day. */
  async assign(actor: Actor, input: AssignPeerRolesInput): Promise<PeerRoundEntity> {
    if (new Set(input.caseGiverIds).size !== input.caseGiverIds.length) {
      throw roleTwice('caseGiverIds');
    }
    return this.dataSource.transaction(async (manager) => {
      const { round, group, timeZone } = await lockRound(manager, input.roundId);
      await this.access.requireOrganiser(actor, group.id);
      if (round.status !== PeerRoundStatus.PLANNED) throw roundNotPlanned(round.status);
      const members = await membersOn(manager, group.id, dayOf(round, timeZone));
      const rows: Pick<PeerRoundRoleEntity, 'roundId' | 'role' | 'personId'>[] = [];
      const add = (role: PeerRole, personId: string | null | undefined, field: string) => {
        if (!personId) return;
        if (!members.has(personId)) throw notARoundMember(field);
        rows.push({ roundId: round.id, role, personId });
      };
      add(PeerRole.MODERATOR, input.moderatorId, 'moderatorId');
      add(PeerRole.SECRETARY, input.secretaryId, 'secretaryId');
      input.caseGiverIds.forEach((id, i) => add(PeerRole.CASE_GIVER, id, `caseGiverIds.${i}`));
      await manager.delete(PeerRoundRoleEntity, { roundId: round.id });
      if (rows.length) await manager.insert(PeerRoundRoleEntity, rows);
      await this.hooks.notify({
        change: 'ROLES',
        groupId: group.id,
        roundIds: [round.id],
        manager,
      });
      return round;
    });
  }

  /**
   * Per role, the round's members ordered by when they last held it before this round (never
   * first, then the longest ago), then by name; for case givers only members with a case in
   * the queue. Program managers and the group's members may ask.
   */
  async suggest(actor: Actor, roundId: string): Promise<SuggestedRoles> {
    const round = await this.dataSource.getRepository(PeerRoundEntity).findOneBy({ id: roundId });
    if (!round || !(await this.access.canSeeRound(actor, round))) throw roundNotFound();
    const rows: HistoryRow[] = await this.dataSource.query(
      `WITH r AS (
         SELECT x.group_id, x.starts_at, (x.starts_at AT TIME ZONE p.time_zone)::date AS day,
                p.time_zone
           FROM peer_round x JOIN peer_group g ON g.id = x.group_id
           JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
          WHERE x.id = $1)
       SELECT m.person_id, pe.name,
              max(h.day) FILTER (WHERE h.role = 'MODERATOR')::text AS moderator,
              max(h.day) FILTER (WHERE h.role = 'CASE_GIVER')::text AS case_giver,
              max(h.day) FILTER (WHERE h.role = 'SECRETARY')::text AS secretary,
              EXISTS (SELECT 1 FROM peer_case c WHERE c.group_id = r.group_id
                        AND c.proposer_id = m.person_id AND c.status = 'QUEUED') AS queued
         FROM r
         JOIN peer_group_member m ON m.group_id = r.group_id AND m.from_date <= r.day
              AND (m.to_date IS NULL OR m.to_date >= r.day)
         JOIN ${identitySql.people} pe ON pe.id = m.person_id
         LEFT JOIN LATERAL (
           SELECT o.role, (y.starts_at AT TIME ZONE r.time_zone)::date AS day
             FROM peer_round_role o JOIN peer_round y ON y.id = o.round_id
            WHERE o.person_id = m.person_id AND y.group_id = r.group_id
              AND y.starts_at < r.starts_at AND y.status <> 'CANCELLED') h ON true
        GROUP BY m.person_id, pe.name, r.group_id`,
      [roundId],
    );
    const ranked = (key: 'moderator' | 'case_giver' | 'secretary', onlyQueued = false) =>
      rows
        .filter((row) => !onlyQueued || row.queued)
        .sort(
          (a, b) =>
            (a[key] ?? '').localeCompare(b[key] ?? '') || a.name.localeCompare(b.name, 'de'),
        )
        .map((row): RoleCandidate => ({
          personId: row.person_id,
          name: row.name,
          lastHeldOn: row[key],
          hasQueuedCase: row.queued,
        }));
    return {
      moderator: ranked('moderator'),
      caseGiver: ranked('case_giver', true),
      secretary: ranked('secretary'),
    };
  }
}
