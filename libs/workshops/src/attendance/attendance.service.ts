import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortAccess, OCCUPYING, ParticipationEntity, ParticipationStatus } from '@zyklus/cohorts';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  germanDate,
  RequestLoaders,
} from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager, In } from 'typeorm';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopWriter } from '../workshop/workshop-writer';
import { AttendanceEntity } from './attendance.entity';
import { RecordAttendanceInput, RecordAttendanceMatrixInput } from './attendance.inputs';
import { AttendanceByParticipationLoader, AttendanceByWorkshopLoader } from './attendance.loaders';

const notInCohort = (index: number) =>
  BadUserInputError.field(`entries.${index}.participationId`, {
    de: 'Dieses Netzwerk nimmt nicht am Durchgang dieses Workshops teil.',
    en: 'This network does not take part in this workshop’s cohort.',
  }).because('NOT_IN_COHORT');

const withdrawnBefore = (index: number, withdrawnOn: string) =>
  BadUserInputError.field(`entries.${index}.participationId`, {
    de: `Dieses Netzwerk hat sich zum ${germanDate(withdrawnOn)} abgemeldet; für Workshops ab diesem Tag wird keine Anwesenheit erfasst.`,
    en: `This network withdrew as of ${withdrawnOn}; no attendance is recorded for workshops from that day on.`,
  }).because('WITHDRAWN_BEFORE');

const duplicateEntry = (index: number) =>
  BadUserInputError.field(`entries.${index}.participationId`, {
    de: 'Jede Teilnahme höchstens einmal pro Eintrag.',
    en: 'Each participation at most once per recording.',
  }).because('DUPLICATE_ENTRY');

const notYetPublished = () =>
  new ConflictError(
    {
      de: 'Anwesenheit lässt sich erst für veröffentlichte oder durchgeführte Workshops erfassen.',
      en: 'Attendance can be recorded only for published or completed workshops.',
    },
    [{ field: 'workshopId', message: { de: 'Nicht veröffentlicht.', en: 'Not published.' } }],
  ).because('NOT_YET_PUBLISHED');

const duplicateWorkshop = (index: number) =>
  BadUserInputError.field(`workshops.${index}.workshopId`, {
    de: 'Jeder Workshop darf nur einmal vorkommen.',
    en: 'Each workshop may appear only once.',
  }).because('DUPLICATE_WORKSHOP');

/**
 * Program managers record attendance in bulk: all entries or none. Entries are for networks
 * with a place in the workshop's cohort (enrolled, active, completed), and for networks that
 * withdrew later — at workshops whose first day lies before their withdrawal (they attended the
 * kick-off, then left).
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: WorkshopWriter,
    private readonly clock: Clock,
    private readonly access: CohortAccess,
    private readonly byWorkshop: AttendanceByWorkshopLoader,
    private readonly byParticipation: AttendanceByParticipationLoader,
  ) {}

  /**
   * A workshop's attendance list as `actor` may see it: program managers every network's;
   * anyone else only the rows of their own participations, and only those are read.
   */
  async visibleAt(
    actor: Actor,
    loaders: RequestLoaders,
    workshopId: string,
  ): Promise<AttendanceEntity[]> {
    if (actor.isProgramManager) return [...(await loaders.for(this.byWorkshop).load(workshopId))];
    const own = [...(await this.access.facts(actor)).participationIds];
    const rows = await loaders.for(this.byParticipation).loadMany(own);
    return rows.flatMap((r) =>
      r instanceof Error ? [] : r.filter((a) => a.workshopId === workshopId),
    );
  }

  record(actor: Actor, input: RecordAttendanceInput): Promise<AttendanceEntity[]> {
    requireProgramManager(actor);
    return this.dataSource.transaction((manager) => this.recordIn(manager, actor, input));
  }

  /** Several workshops' attendance (the matrix) in one transaction: all or nothing. */
  recordMatrix(actor: Actor, input: RecordAttendanceMatrixInput): Promise<AttendanceEntity[]> {
    requireProgramManager(actor);
    const ids = input.workshops.map((w) => w.workshopId);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) throw duplicateWorkshop(index);
    });
    return this.dataSource.transaction(async (manager) => {
      const rows: AttendanceEntity[] = [];
      // In a fixed order, so two saves of overlapping matrices lock workshops alike.
      for (const item of [...input.workshops].sort((a, b) =>
        a.workshopId.localeCompare(b.workshopId),
      )) {
        rows.push(...(await this.recordIn(manager, actor, item)));
      }
      return rows;
    });
  }

  private async recordIn(
    manager: EntityManager,
    actor: Actor,
    input: RecordAttendanceInput,
  ): Promise<AttendanceEntity[]> {
    const workshop = await this.writer.lock(manager, input.workshopId);
    if (
      workshop.status !== WorkshopStatus.PUBLISHED &&
      workshop.status !== WorkshopStatus.COMPLETED
    ) {
      throw notYetPublished();
    }
    const ids = input.entries.map((e) => e.participationId);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) throw duplicateEntry(index);
    });
    const participations = await manager.findBy(ParticipationEntity, { id: In(ids) });
    const [firstDay] = await this.writer.days(manager, workshop.id);
    input.entries.forEach((entry, index) => {
      const participation = participations.find((p) => p.id === entry.participationId);
      if (participation?.cohortId !== workshop.cohortId) throw notInCohort(index);
      if (participation.status === ParticipationStatus.WITHDRAWN) {
        const withdrawnOn = participation.withdrawnOn!;
        if (!firstDay || firstDay.date >= withdrawnOn) throw withdrawnBefore(index, withdrawnOn);
      } else if (!OCCUPYING.includes(participation.status)) {
        throw notInCohort(index);
      }
    });
    const now = this.clock.now();
    await manager
      .createQueryBuilder()
      .insert()
      .into(AttendanceEntity)
      .values(
        input.entries.map((entry) => ({
          workshopId: workshop.id,
          participationId: entry.participationId,
          status: entry.status,
          recordedAt: now,
          recordedById: actor.personId,
        })),
      )
      .orUpdate(['status', 'recorded_at', 'recorded_by_id'], ['workshop_id', 'participation_id'])
      .execute();
    return manager.find(AttendanceEntity, { where: { workshopId: workshop.id } });
  }
}
