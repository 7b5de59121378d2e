import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Bundesland, cohortsSql } from '@zyklus/cohorts';
import { Actor } from '@zyklus/identity';
import { holidaysOnDays, recorded, withInstants } from '@zyklus/workshops';
import { DataSource, In } from 'typeorm';
import { LocalAccess } from '../access/local-access';
import { LocalAttendanceEntity } from '../attendance/local-attendance.entity';
import {
  LocalEnrolmentEntity,
  SelfAnalysisPhaseChangeEntity,
} from '../enrolment/local-enrolment.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { initiativeView } from '../initiative/initiative-view';
import { LocalCycleStatus } from '../local-cycle-enums';
import { LocalWorkshopDayEntity } from '../workshop/local-workshop-day.entity';
import { LocalWorkshopEntity } from '../workshop/local-workshop.entity';
import { LocalCycle, LocalWorkshop } from './local-cycle.model';

interface CycleRow {
  id: string;
  participation_id: string;
  status: LocalCycleStatus;
  closed_at: Date | null;
  reopen_reason: string | null;
  last_activity_at: Date;
  cohort_id: string;
  network_id: string;
  network_name: string;
  bundesland: Bundesland;
  time_zone: string;
}

/** A local workshop as its viewer sees it (days with instants, holiday warnings). */
export function localWorkshopView(
  row: LocalWorkshopEntity,
  days: readonly LocalWorkshopDayEntity[],
  networkBundesland: Bundesland,
  timeZone: string,
): LocalWorkshop {
  const bundesland = row.bundesland ?? networkBundesland;
  const ordered = recorded(days);
  return {
    id: row.id,
    localCycleId: row.localCycleId,
    title: row.title,
    format: row.format,
    status: row.status,
    place: row.placeName ? { name: row.placeName, address: row.placeAddress } : null,
    onlineUrl: row.onlineUrl,
    bundesland,
    days: ordered.map((day) => withInstants(day, timeZone)),
    holidays: holidaysOnDays(bundesland, ordered),
    cancellationReason: row.cancellationReason,
    sequence: row.sequence,
  };
}

/**
 * Reads whole local cycles (workshops, days, enrolments with initiatives, attendance, phase
 * history) in a fixed number of statements, however many cycles, workshops and initiatives:
 * seven, plus the viewer's access facts once per request. Contact persons only for the
 * network's coordinator.
 */
@Injectable()
export class LocalCycleReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LocalAccess,
  ) {}

  /** The cycles with these ids, in the same order (access is the caller's to check). */
  async read(actor: Actor, cycleIds: readonly string[]): Promise<LocalCycle[]> {
    if (!cycleIds.length) return [];
    const cycles: CycleRow[] = await this.dataSource.query(
      `SELECT l.id, l.participation_id, l.status, l.closed_at, l.reopen_reason, l.last_activity_at,
              p.cohort_id, n.id AS network_id, n.name AS network_name, n.bundesland, g.time_zone
         FROM local_cycle l
         JOIN ${cohortsSql.participations} p ON p.id = l.participation_id
         JOIN ${cohortsSql.networks} n ON n.id = p.network_id
         JOIN ${cohortsSql.cohorts} c ON c.id = p.cohort_id
         JOIN ${cohortsSql.programmes} g ON g.id = c.programme_id
        WHERE l.id = ANY($1::uuid[])`,
      [cycleIds],
    );
    const ids = cycles.map((c) => c.id);
    const [workshops, enrolments] = await Promise.all([
      this.dataSource.getRepository(LocalWorkshopEntity).find({
        where: { localCycleId: In(ids) },
        order: { createdAt: 'ASC' },
      }),
      this.dataSource.getRepository(LocalEnrolmentEntity).find({
        where: { localCycleId: In(ids) },
        relations: { initiative: true },
      }),
    ]);
    const workshopIds = workshops.map((w) => w.id);
    const enrolmentIds = enrolments.map((e) => e.id);
    const [days, attendance, changes] = await Promise.all([
      workshopIds.length
        ? this.dataSource.getRepository(LocalWorkshopDayEntity).find({
            where: { localWorkshopId: In(workshopIds) },
            order: { date: 'ASC' },
          })
        : [],
      enrolmentIds.length
        ? this.dataSource.getRepository(LocalAttendanceEntity).findBy({
            enrolmentId: In(enrolmentIds),
          })
        : [],
      enrolmentIds.length
        ? this.dataSource.getRepository(SelfAnalysisPhaseChangeEntity).find({
            where: { enrolmentId: In(enrolmentIds) },
            relations: { changedBy: true },
            order: { changedAt: 'ASC' },
          })
        : [],
    ]);
    const own = await this.access.ownNetworks(actor);
    const byId = new Map(
      cycles.map((c) => {
        const sees = own.has(c.network_id);
        const ofCycle = workshops
          .filter((w) => w.localCycleId === c.id)
          .map((w) =>
            localWorkshopView(
              w,
              days.filter((d) => d.localWorkshopId === w.id),
              c.bundesland,
              c.time_zone,
            ),
          )
          .sort(
            (a, b) =>
              (a.days[0]?.date ?? '9999').localeCompare(b.days[0]?.date ?? '9999') ||
              a.title.localeCompare(b.title),
          );
        const cycleEnrolments = enrolments
          .filter((e) => e.localCycleId === c.id)
          .sort((a, b) => a.initiative!.name.localeCompare(b.initiative!.name, 'de'));
        const initiativeOf = new Map(cycleEnrolments.map((e) => [e.id, e.initiativeId]));
        const view: LocalCycle = {
          id: c.id,
          participationId: c.participation_id,
          cohortId: c.cohort_id,
          network: { id: c.network_id, name: c.network_name, bundesland: c.bundesland },
          status: c.status,
          readOnly:
            c.status === LocalCycleStatus.COMPLETED || c.status === LocalCycleStatus.CANCELLED,
          closedAt: c.closed_at,
          reopenReason: c.reopen_reason,
          lastActivityAt: c.last_activity_at,
          workshops: ofCycle,
          enrolments: cycleEnrolments.map((e) => ({
            id: e.id,
            initiative: initiativeView(e.initiative as InitiativeEntity, sees),
            status: e.status,
            phase: e.phase,
            phaseSince: e.phaseSince,
            phaseHistory: changes
              .filter((ch) => ch.enrolmentId === e.id)
              .map((ch) => ({
                fromPhase: ch.fromPhase,
                toPhase: ch.toPhase,
                changedAt: ch.changedAt,
                changedBy: ch.changedBy?.name ?? null,
                reason: ch.reason,
              })),
          })),
          attendance: attendance
            .filter((a) => initiativeOf.has(a.enrolmentId))
            .map((a) => ({
              localWorkshopId: a.localWorkshopId,
              enrolmentId: a.enrolmentId,
              initiativeId: initiativeOf.get(a.enrolmentId)!,
              status: a.status,
              headCount: a.headCount,
            })),
        };
        return [c.id, view] as const;
      }),
    );
    return cycleIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  }
}
