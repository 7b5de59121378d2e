import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cohortsSql } from '@zyklus/cohorts';
import { Clock, localDateOf } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { groupNotFound, notAMemberOfGroup, roundNotFound } from '../peer-rounds.errors';
import { PeerRoundEntity } from '../round/peer-round.entity';

/** One membership of the actor, with the time zone its group's days count in. */
export interface OwnMembership {
  readonly groupId: string;
  readonly fromDate: string;
  readonly toDate: string | null;
  readonly timeZone: string;
}

/**
 * Who sees what of a peer group (DESIGN §4, §8), for every entry point (GraphQL, the RSVP page,
 * calendar feeds, reminder mails, exports):
 * - program managers see every group, its members over time, its rounds with dates, roles
 *   filled, RSVP and attendance counts — **never** case texts, key questions or minutes, unless
 *   they are themselves a member;
 * - a member sees the group and the rounds of the days they were a member (a leaver keeps
 *   their history, a late joiner gets only what came after they joined), and of those the
 *   cases, minutes, RSVPs and attendance: the contents (`canSeeContents`);
 * - anyone else sees nothing (the group is NOT_FOUND for them).
 * The actor's memberships are read with one query per request (memoised on the actor).
 */
@Injectable()
export class PeerGroupAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  memberships(actor: Actor): Promise<readonly OwnMembership[]> {
    return actor.memo('peer-rounds.memberships', async () => {
      const rows: {
        group_id: string;
        from_date: string;
        to_date: string | null;
        time_zone: string;
      }[] = await this.dataSource.query(
        `SELECT m.group_id, m.from_date::text, m.to_date::text, p.time_zone
           FROM peer_group_member m
           JOIN peer_group g ON g.id = m.group_id
           JOIN ${cohortsSql.programmes} p ON p.id = g.programme_id
          WHERE m.person_id = $1`,
        [actor.personId],
      );
      return rows.map((row) => ({
        groupId: row.group_id,
        fromDate: row.from_date,
        toDate: row.to_date,
        timeZone: row.time_zone,
      }));
    });
  }

  /** The groups `actor` was ever a member of. */
  async groupIds(actor: Actor): Promise<string[]> {
    return [...new Set((await this.memberships(actor)).map((m) => m.groupId))];
  }

  async wasMember(actor: Actor, groupId: string): Promise<boolean> {
    return (await this.memberships(actor)).some((m) => m.groupId === groupId);
  }

  /** Whether `actor` is a member of the group on the day of `instant` (in its programme's zone). */
  async memberAt(actor: Actor, groupId: string, instant: Date): Promise<boolean> {
    return (await this.memberships(actor)).some((m) => {
      if (m.groupId !== groupId) return false;
      const day = localDateOf(instant, m.timeZone);
      return m.fromDate <= day && (m.toDate === null || m.toDate >= day);
    });
  }

  /** A member today. */
  isCurrentMember(actor: Actor, groupId: string): Promise<boolean> {
    return this.memberAt(actor, groupId, this.clock.now());
  }

  async canSeeGroup(actor: Actor, groupId: string): Promise<boolean> {
    return actor.isProgramManager || (await this.wasMember(actor, groupId));
  }

  /** NOT_FOUND for anyone who may not know the group exists. */
  async requireGroup(actor: Actor, groupId: string): Promise<void> {
    if (!(await this.canSeeGroup(actor, groupId))) throw groupNotFound();
  }

  /** A round's date, place and roles: program managers, and members on its day. */
  async canSeeRound(actor: Actor, round: PeerRoundEntity): Promise<boolean> {
    return actor.isProgramManager || (await this.canSeeContents(actor, round));
  }

  /**
   * A round's contents (cases, minutes, who answered what, feedback): its members on its day
   * only. Program managers are not admitted as such (Vertraulichkeit).
   */
  canSeeContents(actor: Actor, round: PeerRoundEntity): Promise<boolean> {
    return this.memberAt(actor, round.groupId, round.startsAt);
  }

  async requireContents(actor: Actor, round: PeerRoundEntity): Promise<void> {
    if (await this.canSeeContents(actor, round)) return;
    if (await this.canSeeRound(actor, round)) throw notAMemberOfGroup();
    throw roundNotFound();
  }

  /** Plans, moves, cancels rounds and assigns roles: program managers and current members. */
  async requireOrganiser(actor: Actor, groupId: string): Promise<void> {
    if (actor.isProgramManager || (await this.isCurrentMember(actor, groupId))) return;
    if (await this.wasMember(actor, groupId)) throw notAMemberOfGroup();
    throw groupNotFound();
  }
}
