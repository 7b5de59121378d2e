import { CohortEntity, ParticipationEntity } from '@zyklus/cohorts';
import {
  AttendanceEntity,
  AttendanceStatus,
  WorkshopDayEntity,
  WorkshopEntity,
  WorkshopFormat,
  WorkshopKind,
  WorkshopStatus,
} from '@zyklus/workshops';
import { DataSource } from 'typeorm';

/** Rows the access tests write straight into the database, in any status. */
export interface WorkshopSpec {
  title: string;
  status: WorkshopStatus;
  /** Dates of its days, each 09:00–17:00. */
  days: string[];
  kind?: WorkshopKind;
  format?: WorkshopFormat;
  onlineUrl?: string | null;
  placeName?: string | null;
  attendanceRequired?: boolean;
}

/** A workshop of `cohort` written straight into a status, with its days (no change records). */
export async function writeWorkshop(
  dataSource: DataSource,
  run: number,
  cohort: CohortEntity,
  spec: WorkshopSpec,
): Promise<WorkshopEntity> {
  const format = spec.format ?? WorkshopFormat.ONLINE;
  const saved = await dataSource.getRepository(WorkshopEntity).save(
    dataSource.getRepository(WorkshopEntity).create({
      cohortId: cohort.id,
      templateStepId: null,
      kind: spec.kind ?? WorkshopKind.OTHER,
      title: spec.title,
      description: null,
      format,
      placeName: spec.placeName ?? null,
      placeAddress: null,
      onlineUrl:
        spec.onlineUrl !== undefined
          ? spec.onlineUrl
          : format === WorkshopFormat.IN_PERSON
            ? null
            : `https://meet.example.org/${run}-${spec.title.toLowerCase().replace(/\W+/g, '-')}`,
      capacity: null,
      attendanceRequired: spec.attendanceRequired ?? true,
      status: spec.status,
      cancellationReason: spec.status === WorkshopStatus.CANCELLED ? 'Referentin erkrankt' : null,
      sequence: 0,
    }),
  );
  await dataSource.getRepository(WorkshopDayEntity).insert(
    spec.days.map((date) => ({
      workshopId: saved.id,
      date,
      startTime: '09:00',
      endTime: '17:00',
    })),
  );
  return saved;
}

/** Attendance recorded for `participation` at `at`. */
export async function writeAttendance(
  dataSource: DataSource,
  at: WorkshopEntity,
  participation: ParticipationEntity,
  status: AttendanceStatus,
): Promise<void> {
  await dataSource.getRepository(AttendanceEntity).insert({
    workshopId: at.id,
    participationId: participation.id,
    status,
    recordedAt: status === AttendanceStatus.REGISTERED ? null : new Date('2026-01-10T12:00:00Z'),
    recordedById: null,
  });
}
