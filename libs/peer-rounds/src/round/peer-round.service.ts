import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cohortsSql } from '@zyklus/cohorts';
import { Clock, zonedInstant } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { PeerGroupAccess } from '../access/peer-group-access';
import { PeerCaseEntity } from '../case/peer-case.entity';
import {
  CancelPeerRoundInput,
  MovePeerRoundInput,
  PeerRoundPlaceInput,
  PlanPeerRoundInput,
  PlanPeerRoundsInput,
  RecordPeerAttendanceInput,
} from '../inputs/peer-round.inputs';
import { PeerCaseStatus, PeerGroupStatus, PeerRoundStatus } from '../peer-enums';
import {
  endsBeforeStart,
  groupEnded,
  notARoundMember,
  roundInPast,
  roundNotFound,
  roundNotPlanned,
  roundNotYetStarted,
  seriesEmpty,
  seriesTooLong,
  seriesWithoutEnd,
} from '../peer-rounds.errors';
import { PeerHolidayCalendar } from '../series/holiday-calendar';
import { MAX_SERIES_ROUNDS, planSeries } from '../series/round-series';
import { PeerRoundHooks } from './peer-round-hooks';
import { PeerRoundAttendanceEntity, PeerRoundEntity } from './peer-round.entity';
import { RoundCancellation } from './round-cancellation';
import { dayOf, GroupContext, lockGroup, lockRound, membersOn } from './round-context';

const placeOf = (input: PeerRoundPlaceInput) => ({
  format: input.format,
  place: input.place ?? null,
  onlineUrl: input.onlineUrl ?? null,
});

/**
 * Rounds one by one or as a series, each then movable or cancellable on its own, and what
 * happened afterwards (held or not, who was there). One transaction per change; the group is
 * locked first, and the reminders follow in the same transaction.
 */
@Injectable()
export class PeerRoundService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PeerGroupAccess,
    private readonly clock: Clock,
    private readonly hooks: PeerRoundHooks,
    private readonly cancellation: RoundCancellation,
    private readonly holidays: PeerHolidayCalendar,
  ) {}

  async get(actor: Actor, id: string): Promise<PeerRoundEntity> {
    const round = await this.dataSource.getRepository(PeerRoundEntity).findOneBy({ id });
    if (!round || !(await this.access.canSeeRound(actor, round))) throw roundNotFound('id');
    return round;
  }

  async planOne(actor: Actor, input: PlanPeerRoundInput): Promise<PeerRoundEntity> {
    await this.access.requireOrganiser(actor, input.groupId);
    if (input.endTime <= input.startTime) throw endsBeforeStart();
    return this.dataSource.transaction(async (manager) => {
      const context = await this.openGroup(manager, input.groupId);
      const startsAt = zonedInstant(input.date, input.startTime, context.timeZone);
      if (startsAt <= this.clock.now()) throw roundInPast('date');
      const round = await manager.save(
        manager.create(PeerRoundEntity, {
          groupId: input.groupId,
          seriesId: null,
          startsAt,
          endsAt: zonedInstant(input.date, input.endTime, context.timeZone),
          ...placeOf(input),
          status: PeerRoundStatus.PLANNED,
        }),
      );
      await this.hooks.notify({
        change: 'PLANNED',
        groupId: input.groupId,
        roundIds: [round.id],
        manager,
      });
      return round;
    });
  }

  async planSeries(actor: Actor, input: PlanPeerRoundsInput) {
    await this.access.requireOrganiser(actor, input.groupId);
    if ((input.count == null) === (input.until == null)) throw seriesWithoutEnd();
    if (input.count != null && input.count > MAX_SERIES_ROUNDS) throw seriesTooLong('count');
    if (input.endTime <= input.startTime) throw endsBeforeStart();
    return this.dataSource.transaction(async (manager) => {
      const context = await this.openGroup(manager, input.groupId);
      const skip = this.holidays.skipper({
        bundeslaender: await this.bundeslaender(manager, input.groupId),
      });
      const { rounds, skipped } = planSeries({ ...input, timeZone: context.timeZone, skip });
      if (rounds.length > MAX_SERIES_ROUNDS) throw seriesTooLong('until');
      if (!rounds.length) throw seriesEmpty();
      if (rounds[0]!.startsAt <= this.clock.now()) throw roundInPast('firstDate');
      const seriesId = randomUUID();
      const saved = await manager.save(
        rounds.map((r) =>
          manager.create(PeerRoundEntity, {
            groupId: input.groupId,
            seriesId,
            startsAt: r.startsAt,
            endsAt: r.endsAt,
            ...placeOf(input),
            status: PeerRoundStatus.PLANNED,
          }),
        ),
      );
      await this.hooks.notify({
        change: 'PLANNED',
        groupId: input.groupId,
        roundIds: saved.map((r) => r.id),
        manager,
      });
      return { seriesId, rounds: saved, skippedDates: skipped };
    });
  }

  /** New day and times for one round; members are told (higher SEQUENCE). */
  async move(actor: Actor, input: MovePeerRoundInput): Promise<PeerRoundEntity> {
    if (input.endTime <= input.startTime) throw endsBeforeStart();
    return this.dataSource.transaction(async (manager) => {
      const { round, group, timeZone } = await lockRound(manager, input.roundId);
      await this.access.requireOrganiser(actor, group.id);
      if (round.status !== PeerRoundStatus.PLANNED) throw roundNotPlanned(round.status);
      const startsAt = zonedInstant(input.date, input.startTime, timeZone);
      if (startsAt <= this.clock.now()) throw roundInPast('date');
      round.previousStartsAt = round.startsAt;
      round.previousEndsAt = round.endsAt;
      round.startsAt = startsAt;
      round.endsAt = zonedInstant(input.date, input.endTime, timeZone);
      round.sequence += 1;
      await manager.save(round);
      await this.hooks.notify({
        change: 'MOVED',
        groupId: group.id,
        roundIds: [round.id],
        manager,
      });
      return round;
    });
  }

  async cancel(actor: Actor, input: CancelPeerRoundInput): Promise<PeerRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { round, group } = await lockRound(manager, input.roundId);
      await this.access.requireOrganiser(actor, group.id);
      if (round.status !== PeerRoundStatus.PLANNED) throw roundNotPlanned(round.status);
      await this.cancellation.cancelIn(manager, group.id, [round], input.reason);
      return round;
    });
  }

  /**
   * After the round: HELD with who was there (its scheduled cases are then DISCUSSED), or
   * DID_NOT_HAPPEN (its cases go back to the queue). Recording again replaces the attendance.
   */
  async recordAttendance(actor: Actor, input: RecordPeerAttendanceInput): Promise<PeerRoundEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { round, group, timeZone } = await lockRound(manager, input.roundId);
      const day = dayOf(round, timeZone);
      if (!actor.isProgramManager && !(await this.access.memberAt(actor, group.id, round.startsAt)))
        await this.access.requireOrganiser(actor, group.id);
      if (round.status === PeerRoundStatus.CANCELLED) throw roundNotPlanned(round.status);
      if (round.startsAt > this.clock.now()) throw roundNotYetStarted();
      const members = await membersOn(manager, group.id, day);
      const present = [...new Set(input.presentPersonIds)];
      present.forEach((id) => {
        if (!members.has(id))
          throw notARoundMember(`presentPersonIds.${input.presentPersonIds.indexOf(id)}`);
      });
      if (!input.held && present.length) throw notARoundMember('presentPersonIds');
      await manager.delete(PeerRoundAttendanceEntity, { roundId: round.id });
      if (present.length) {
        await manager.insert(
          PeerRoundAttendanceEntity,
          present.map((personId) => ({ roundId: round.id, personId })),
        );
      }
      round.status = input.held ? PeerRoundStatus.HELD : PeerRoundStatus.DID_NOT_HAPPEN;
      await manager.save(round);
      await manager.update(
        PeerCaseEntity,
        { roundId: round.id, status: PeerCaseStatus.SCHEDULED },
        input.held
          ? { status: PeerCaseStatus.DISCUSSED }
          : { status: PeerCaseStatus.QUEUED, roundId: null },
      );
      await this.hooks.notify({
        change: 'COMPLETED',
        groupId: group.id,
        roundIds: [round.id],
        manager,
      });
      return round;
    });
  }

  private async openGroup(manager: EntityManager, groupId: string): Promise<GroupContext> {
    const context = await lockGroup(manager, groupId);
    if (context.group.status === PeerGroupStatus.ENDED) throw groupEnded();
    return context;
  }

  /** The Bundesländer of the networks the group's current members coordinate. */
  private async bundeslaender(manager: EntityManager, groupId: string): Promise<string[]> {
    const rows: { bundesland: string }[] = await manager.query(
      `SELECT DISTINCT n.bundesland
         FROM peer_group_member m
         JOIN ${cohortsSql.coordinations} k ON k.person_id = m.person_id AND k.end_date IS NULL
         JOIN ${cohortsSql.networks} n ON n.id = k.network_id
        WHERE m.group_id = $1 AND m.to_date IS NULL
        ORDER BY n.bundesland`,
      [groupId],
    );
    return rows.map((r) => r.bundesland);
  }
}
