import { Injectable, OnModuleInit } from '@nestjs/common';
import { CohortMembershipChanged, CohortMembershipHooks, cohortsSql } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { EntityManager } from 'typeorm';

/**
 * Keeps the stored REGISTERED rows in step with who takes part, in the transaction of each
 * membership change, so that every view (a workshop's attendance, the matrix and its CSV, a
 * cycle, recordAttendance's answer) reads the same rows:
 * - a network that is enrolled or active is registered for every published workshop of its
 *   cohort that has not ended yet, as publishing registers the networks with a place then;
 * - a network that withdrew is no longer registered for the published or held workshops of its
 *   cohort whose first day is on or after its withdrawal; recorded attendance stays.
 * Both are idempotent over the whole cohort, so any change (a status, a new coordinator) may
 * call them.
 */
@Injectable()
export class AttendanceRegistrations implements OnModuleInit {
  constructor(
    private readonly membership: CohortMembershipHooks,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.membership.register((event) => this.follow(event));
  }

  async follow({ cohortIds, manager }: CohortMembershipChanged): Promise<void> {
    await this.unregisterWithdrawn(manager, cohortIds);
    await this.registerWithPlace(manager, cohortIds);
  }

  private async unregisterWithdrawn(manager: EntityManager, cohortIds: readonly string[]) {
    await manager.query(
      `DELETE FROM attendance a
        USING ${cohortsSql.participations} p, workshop w
        WHERE a.participation_id = p.id AND a.workshop_id = w.id
          AND p.cohort_id = ANY($1::uuid[]) AND p.status = 'WITHDRAWN'
          AND a.status = 'REGISTERED'
          AND w.status IN ('PUBLISHED', 'COMPLETED')
          AND (SELECT min(d.date) FROM workshop_day d WHERE d.workshop_id = w.id) >= p.withdrawn_on`,
      [cohortIds],
    );
  }

  private async registerWithPlace(manager: EntityManager, cohortIds: readonly string[]) {
    await manager.query(
      `INSERT INTO attendance (workshop_id, participation_id, status)
       SELECT w.id, p.id, 'REGISTERED'
         FROM ${cohortsSql.participations} p
         JOIN workshop w ON w.cohort_id = p.cohort_id AND w.status = 'PUBLISHED'
         JOIN ${cohortsSql.cohortProgrammes} g ON g.cohort_id = w.cohort_id
        WHERE p.cohort_id = ANY($1::uuid[]) AND p.status IN ('ENROLLED', 'ACTIVE')
          AND EXISTS (SELECT 1 FROM workshop_day d WHERE d.workshop_id = w.id
                       AND (d.date + d.end_time) AT TIME ZONE g.time_zone > $2)
       ON CONFLICT (workshop_id, participation_id) DO NOTHING`,
      [cohortIds, this.clock.now()],
    );
  }
}
