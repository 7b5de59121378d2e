import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError, Clock, FieldProblem } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { CycleGuard } from '../cycle/cycle-guard';
import { LocalEnrolmentEntity } from '../enrolment/local-enrolment.entity';
import { LocalWorkshopStatus, TAKING_PART_LOCALLY } from '../local-cycle-enums';
import { LocalWorkshopEntity } from '../workshop/local-workshop.entity';
import { SaveLocalAttendanceInput } from './local-attendance.inputs';

const RECORDABLE = [LocalWorkshopStatus.PUBLISHED, LocalWorkshopStatus.HELD];

/**
 * The attendance matrix, saved in one go: every cell is checked first (workshop of this cycle
 * and published or held, initiative enrolled), then all are written with one statement for the
 * set cells and one for the cleared ones, or nothing at all.
 */
@Injectable()
export class LocalAttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly guard: CycleGuard,
    private readonly clock: Clock,
  ) {}

  async save(actor: Actor, input: SaveLocalAttendanceInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.guard.lock(manager, actor, input.localCycleId);
      const [workshops, enrolments] = await Promise.all([
        manager.findBy(LocalWorkshopEntity, { localCycleId: locked.cycle.id }),
        manager.findBy(LocalEnrolmentEntity, { localCycleId: locked.cycle.id }),
      ]);
      const workshopById = new Map(workshops.map((w) => [w.id, w]));
      const enrolmentByInitiative = new Map(enrolments.map((e) => [e.initiativeId, e]));
      const problems: FieldProblem[] = [];
      let set: { workshop: string; enrolment: string; status: string; headCount: number | null }[] =
        [];
      let cleared: { workshop: string; enrolment: string }[] = [];
      input.cells.forEach((cell, index) => {
        const workshop = workshopById.get(cell.localWorkshopId);
        const enrolment = enrolmentByInitiative.get(cell.initiativeId);
        if (!workshop) {
          problems.push({
            field: `cells.${index}.localWorkshopId`,
            message: { de: 'Kein Workshop dieses Zyklus.', en: 'Not a workshop of this cycle.' },
            reason: 'WORKSHOP_OF_OTHER_CYCLE',
          });
        } else if (!RECORDABLE.includes(workshop.status)) {
          problems.push({
            field: `cells.${index}.localWorkshopId`,
            message: {
              de: 'Anwesenheit gibt es nur für veröffentlichte oder durchgeführte Workshops.',
              en: 'Attendance is recorded for published or held workshops only.',
            },
            reason: 'WORKSHOP_NOT_PUBLISHED',
          });
        }
        if (!enrolment || !TAKING_PART_LOCALLY.includes(enrolment.status)) {
          problems.push({
            field: `cells.${index}.initiativeId`,
            message: {
              de: 'Die MINT-Initiative ist in diesem Zyklus nicht angemeldet.',
              en: 'The initiative is not enrolled in this cycle.',
            },
            reason: 'NOT_ENROLLED',
          });
        }
        if (!workshop || !enrolment) return;
        if (cell.status) {
          set.push({
            workshop: workshop.id,
            enrolment: enrolment.id,
            status: cell.status,
            headCount: cell.headCount ?? null,
          });
        } else {
          cleared.push({ workshop: workshop.id, enrolment: enrolment.id });
        }
      });
      if (problems.length) throw BadUserInputError.fields(problems).because(problems[0]!.reason!);
      // A cell given twice counts once, the last one given.
      const key = (c: { workshop: string; enrolment: string }) => `${c.workshop}/${c.enrolment}`;
      const last = new Map([...set, ...cleared].map((c) => [key(c), c]));
      set = set.filter((c) => last.get(key(c)) === c);
      cleared = cleared.filter((c) => last.get(key(c)) === c);
      if (set.length) {
        await manager.query(
          `INSERT INTO local_attendance (local_workshop_id, enrolment_id, status, head_count, recorded_at)
           SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::varchar[], $4::int[]) AS c(w, e, s, h),
                  (SELECT $5::timestamptz) AS t
           ON CONFLICT (local_workshop_id, enrolment_id)
           DO UPDATE SET status = EXCLUDED.status, head_count = EXCLUDED.head_count,
                         recorded_at = EXCLUDED.recorded_at`,
          [
            set.map((c) => c.workshop),
            set.map((c) => c.enrolment),
            set.map((c) => c.status),
            set.map((c) => c.headCount),
            this.clock.now(),
          ],
        );
      }
      if (cleared.length) {
        await manager.query(
          `DELETE FROM local_attendance a USING unnest($1::uuid[], $2::uuid[]) AS c(w, e)
            WHERE a.local_workshop_id = c.w AND a.enrolment_id = c.e`,
          [cleared.map((c) => c.workshop), cleared.map((c) => c.enrolment)],
        );
      }
      await this.guard.touch(manager, locked.cycle);
      return locked.cycle.id;
    });
  }
}
