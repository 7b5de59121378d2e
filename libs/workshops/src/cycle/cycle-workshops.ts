import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequestLoaders } from '@zyklus/common';
import { Bundesland } from '@zyklus/cohorts';
import { DataSource } from 'typeorm';
import { AttendanceStatus } from '../attendance/attendance-status';
import { WorkshopDayEntity } from '../workshop/workshop-day.entity';
import { WorkshopFormat, WorkshopKind, WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopDaysLoader } from '../workshop/workshop.loaders';
import { WorkshopEntity } from '../workshop/workshop.entity';

interface Row {
  id: string;
  cohort_id: string;
  template_step_id: string | null;
  kind: WorkshopKind;
  title: string;
  description: string | null;
  format: WorkshopFormat;
  place_name: string | null;
  place_address: string | null;
  bundesland: Bundesland | null;
  online_url: string | null;
  capacity: number | null;
  attendance_required: boolean;
  status: WorkshopStatus;
  cancellation_reason: string | null;
  sequence: number;
  created_at: Date;
  updated_at: Date;
  days: { id: string; date: string; startTime: string; endTime: string }[] | null;
  attendance: AttendanceStatus | null;
}

/** A cohort's workshops by first day, with one participation's attendance at each. */
export interface CycleWorkshops {
  readonly workshops: WorkshopEntity[];
  readonly attendance: ReadonlyMap<string, AttendanceStatus>;
}

/**
 * Reads what a cycle shows in one statement: the cohort's workshops (all statuses, by first
 * day), their days, and the one participation's own attendance — never the other networks'.
 * The days are handed to the request's day loader, so the answer's `days` cost nothing more
 * (the attendance matrix reads its columns this way too).
 */
@Injectable()
export class CycleWorkshopsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly daysByWorkshop: WorkshopDaysLoader,
  ) {}

  /** `participationId` null: the workshops and days only (the matrix reads all attendance). */
  async read(
    loaders: RequestLoaders,
    cohortId: string,
    participationId: string | null,
  ): Promise<CycleWorkshops> {
    const rows = await this.dataSource.query<Row[]>(
      `SELECT w.id, w.cohort_id, w.template_step_id, w.kind, w.title, w.description, w.format,
              w.place_name, w.place_address, w.bundesland, w.online_url, w.capacity, w.attendance_required,
              w.status, w.cancellation_reason, w.sequence, w.created_at, w.updated_at,
              d.days, a.status AS attendance
         FROM workshop w
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('id', x.id, 'date', to_char(x.date, 'YYYY-MM-DD'),
                    'startTime', to_char(x.start_time, 'HH24:MI'),
                    'endTime', to_char(x.end_time, 'HH24:MI')) ORDER BY x.date) AS days,
                  min(x.date) AS first_day
             FROM workshop_day x WHERE x.workshop_id = w.id) d ON true
         LEFT JOIN attendance a ON a.workshop_id = w.id AND a.participation_id = $2
        WHERE w.cohort_id = $1
        ORDER BY d.first_day NULLS LAST, w.created_at`,
      [cohortId, participationId],
    );
    const days = loaders.for(this.daysByWorkshop);
    const attendance = new Map<string, AttendanceStatus>();
    const workshops = rows.map((row) => {
      const workshop: WorkshopEntity = {
        id: row.id,
        cohortId: row.cohort_id,
        templateStepId: row.template_step_id,
        kind: row.kind,
        title: row.title,
        description: row.description,
        format: row.format,
        placeName: row.place_name,
        placeAddress: row.place_address,
        bundesland: row.bundesland,
        onlineUrl: row.online_url,
        capacity: row.capacity,
        attendanceRequired: row.attendance_required,
        status: row.status,
        cancellationReason: row.cancellation_reason,
        sequence: row.sequence,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
      const ofWorkshop: WorkshopDayEntity[] = (row.days ?? []).map((day) => ({
        ...day,
        workshopId: row.id,
      }));
      days.prime(row.id, ofWorkshop);
      if (row.attendance) attendance.set(row.id, row.attendance);
      return workshop;
    });
    return { workshops, attendance };
  }
}
