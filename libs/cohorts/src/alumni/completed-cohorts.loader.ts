import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { batchLoader, groupByKeys, LoaderFactory } from '@zyklus/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';

/** One cohort a person completed as coordinator, with its first day for comparisons. */
export interface CompletedCohort {
  personId: string;
  cohortId: string;
  startDate: string;
}

/**
 * The cohorts each person completed, oldest first, batched per request. A person completed a
 * cohort when a participation reached COMPLETED and they coordinated that network on the day
 * it ended for them: the day of completion, or the cohort's last day if that came first. A
 * coordinator who left mid-cohort did not complete it; their successor did.
 */
@Injectable()
export class CompletedCohortsLoader implements LoaderFactory<string, readonly CompletedCohort[]> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  create(): DataLoader<string, readonly CompletedCohort[]> {
    return batchLoader(async (personIds) => {
      const rows: { person_id: string; cohort_id: string; start_date: string }[] =
        await this.dataSource.query(
          `SELECT DISTINCT k.person_id, c.id AS cohort_id, to_char(c.start_date, 'YYYY-MM-DD') AS start_date
             FROM participation p
             JOIN cohort c ON c.id = p.cohort_id
             JOIN coordination k ON k.network_id = p.network_id
              AND k.start_date <= LEAST(p.completed_on, c.end_date)
              AND (k.end_date IS NULL OR k.end_date >= LEAST(p.completed_on, c.end_date))
            WHERE p.status = 'COMPLETED' AND k.person_id = ANY($1::uuid[])
            ORDER BY start_date`,
          [[...personIds]],
        );
      const completed = rows.map((row) => ({
        personId: row.person_id,
        cohortId: row.cohort_id,
        startDate: row.start_date,
      }));
      return groupByKeys(personIds, completed, (row) => row.personId);
    });
  }
}

/** Whether `completed` includes a cohort that began before `startDate`: an experienced person. */
export function completedBefore(completed: readonly CompletedCohort[], startDate: string): boolean {
  return completed.some((cohort) => cohort.startDate < startDate);
}
