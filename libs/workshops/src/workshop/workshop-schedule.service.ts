import { RedactedWorkshop, WorkshopAccess } from '../access/workshop-access';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ParticipationEntity, ParticipationStatus } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AttendanceStatus } from '../attendance/attendance-status';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { CancelWorkshopInput, RescheduleWorkshopInput } from './inputs/workshop.inputs';
import { ChangedWorkshop } from './workshop-change-hooks';
import { RecordedDay, WorkshopChangeKind } from './workshop-change.entity';
import { WorkshopDayEntity } from './workshop-day.entity';
import { checkDays, firstOverlap, recorded, withInstants } from './workshop-days';
import { WorkshopStatus } from './workshop-enums';
import { ACTION_FROM, checkPublishable } from './workshop-rules';
import { visibleDetails, WorkshopWriter } from './workshop-writer';
import { WorkshopEntity } from './workshop.entity';
import { overlapsPublished, workshopInStatus, workshopNotEnded } from './workshop.errors';

const sameDays = (a: readonly RecordedDay[], b: readonly RecordedDay[]) =>
  a.length === b.length &&
  a.every(
    (d, i) =>
      d.date === b[i]?.date && d.startTime === b[i]?.startTime && d.endTime === b[i]?.endTime,
  );

const ACTIONS = {
  publish: { de: 'veröffentlicht', en: 'published' },
  reschedule: { de: 'verschoben', en: 'rescheduled' },
  cancel: { de: 'abgesagt', en: 'cancelled' },
  complete: { de: 'abgeschlossen', en: 'completed' },
};

/**
 * The schedule of a workshop: publish, reschedule, cancel, complete. Each is one transaction
 * that locks the workshop, writes a change record with who and when, and lets the listeners
 * (reminders) react in the same transaction.
 */
@Injectable()
export class WorkshopScheduleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writer: WorkshopWriter,
    private readonly access: WorkshopAccess,
    private readonly clock: Clock,
  ) {}

  /** DRAFT → PUBLISHED; every enrolled and active network is registered. */
  publish(actor: Actor, id: string): Promise<RedactedWorkshop> {
    return this.act(actor, id, 'publish', async (manager, workshop, previousStatus) => {
      checkPublishable(workshop);
      const days = await this.writer.days(manager, workshop.id);
      await this.checkNoOverlap(manager, workshop, days);
      workshop.status = WorkshopStatus.PUBLISHED;
      const active = await manager.findBy(ParticipationEntity, {
        cohortId: workshop.cohortId,
        status: In([ParticipationStatus.ENROLLED, ParticipationStatus.ACTIVE]),
      });
      if (active.length) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(AttendanceEntity)
          .values(
            active.map((p) => ({
              workshopId: workshop.id,
              participationId: p.id,
              status: AttendanceStatus.REGISTERED,
            })),
          )
          .orIgnore()
          .execute();
      }
      await this.writer.record(manager, actor, workshop, WorkshopChangeKind.PUBLISHED, {
        previousStatus,
        days,
      });
    });
  }

  /** New days; for a published workshop a change people are told about, if the days moved. */
  reschedule(actor: Actor, input: RescheduleWorkshopInput): Promise<RedactedWorkshop> {
    requireProgramManager(actor);
    checkDays(input.days);
    const days = recorded(input.days);
    return this.act(actor, input.id, 'reschedule', async (manager, workshop, previousStatus) => {
      const previousDays = await this.writer.days(manager, workshop.id);
      if (workshop.status === WorkshopStatus.PUBLISHED) {
        await this.checkNoOverlap(manager, workshop, days);
      }
      await this.writer.replaceDays(manager, workshop.id, days);
      await this.writer.record(manager, actor, workshop, WorkshopChangeKind.RESCHEDULED, {
        previousStatus,
        previousDays,
        previousDetails: visibleDetails(workshop),
        days,
        // Rescheduled to the very same days: recorded, nobody is told.
        visible: !sameDays(previousDays, days),
      });
    });
  }

  /** Calls the workshop off; nobody stays registered for it (recorded attendance stays). */
  async cancel(actor: Actor, input: CancelWorkshopInput): Promise<RedactedWorkshop> {
    requireProgramManager(actor);
    const [workshop] = await this.dataSource.transaction((manager) =>
      this.cancelIn(manager, actor, [input.id], input.reason),
    );
    return this.access.redact(actor, workshop!);
  }

  /**
   * The cancel path inside the caller's transaction, for one workshop or several (e.g. those of
   * a cancelled cohort): the same checks and change records as `cancel`, workshop by workshop
   * in id order, and then the listeners hear of all of them at once. So the reminders plan them
   * in one go, locking all their rows in one order; planned workshop after workshop, a
   * dispatcher writing back rows of two of them could wait for the first while holding the
   * second's (a deadlock).
   */
  async cancelIn(
    manager: EntityManager,
    actor: Actor,
    ids: readonly string[],
    reason: string,
  ): Promise<WorkshopEntity[]> {
    requireProgramManager(actor);
    const cancelled: ChangedWorkshop[] = [];
    for (const id of [...new Set(ids)].sort()) {
      const workshop = await this.lockFor(manager, id, 'cancel');
      const previousStatus = workshop.status;
      workshop.status = WorkshopStatus.CANCELLED;
      workshop.cancellationReason = reason;
      await manager.delete(AttendanceEntity, {
        workshopId: workshop.id,
        status: AttendanceStatus.REGISTERED,
      });
      const days = await this.writer.days(manager, workshop.id);
      cancelled.push(
        await this.writer.write(manager, actor, workshop, WorkshopChangeKind.CANCELLED, {
          previousStatus,
          days,
          reason,
        }),
      );
    }
    await this.writer.tell(manager, cancelled);
    return cancelled.map((c) => c.workshop);
  }

  /** PUBLISHED → COMPLETED, once its last day has ended (in the programme's time zone). */
  complete(actor: Actor, id: string): Promise<RedactedWorkshop> {
    return this.act(actor, id, 'complete', async (manager, workshop, previousStatus) => {
      const days = await this.writer.days(manager, workshop.id);
      const last = days.at(-1);
      if (last) {
        const timeZone = await this.writer.timeZone(manager, workshop.cohortId);
        const endsAt = withInstants(last, timeZone).endsAt;
        if (endsAt > this.clock.now()) throw workshopNotEnded(last.date, last.endTime);
      }
      workshop.status = WorkshopStatus.COMPLETED;
      await this.writer.record(manager, actor, workshop, WorkshopChangeKind.COMPLETED, {
        previousStatus,
        days,
      });
    });
  }

  private async act(
    actor: Actor,
    id: string,
    action: keyof typeof ACTION_FROM,
    work: (
      manager: EntityManager,
      workshop: WorkshopEntity,
      previousStatus: WorkshopStatus,
    ) => Promise<void>,
  ): Promise<RedactedWorkshop> {
    requireProgramManager(actor);
    const workshop = await this.dataSource.transaction((manager) =>
      this.actIn(manager, id, action, (workshop, previousStatus) =>
        work(manager, workshop, previousStatus),
      ),
    );
    return this.access.redact(actor, workshop);
  }

  /** Locks the workshop, checks that `action` may start from its status, and does `work`. */
  private async actIn(
    manager: EntityManager,
    id: string,
    action: keyof typeof ACTION_FROM,
    work: (workshop: WorkshopEntity, previousStatus: WorkshopStatus) => Promise<void>,
  ): Promise<WorkshopEntity> {
    const workshop = await this.lockFor(manager, id, action);
    await work(workshop, workshop.status);
    return workshop;
  }

  /** Locks the workshop (its cohort first) and checks that `action` may start from its status. */
  private async lockFor(
    manager: EntityManager,
    id: string,
    action: keyof typeof ACTION_FROM,
  ): Promise<WorkshopEntity> {
    const workshop = await this.writer.lock(manager, id);
    if (!(ACTION_FROM[action] as readonly WorkshopStatus[]).includes(workshop.status)) {
      throw workshopInStatus(workshop.status, ACTIONS[action]);
    }
    return workshop;
  }

  /** Two published workshops of one cohort never overlap. */
  private async checkNoOverlap(
    manager: EntityManager,
    workshop: WorkshopEntity,
    days: readonly RecordedDay[],
  ): Promise<void> {
    // The cohort is locked (WorkshopWriter.lock): one publication or reschedule per cohort at a
    // time, so two cannot pass this check together.
    const others = await manager.findBy(WorkshopEntity, {
      cohortId: workshop.cohortId,
      status: WorkshopStatus.PUBLISHED,
      id: Not(workshop.id),
    });
    if (!others.length) return;
    const otherDays = await manager.findBy(WorkshopDayEntity, {
      workshopId: In(others.map((o) => o.id)),
    });
    for (const other of others) {
      const clash = firstOverlap(
        days,
        otherDays.filter((d) => d.workshopId === other.id),
      );
      if (clash) throw overlapsPublished(other.title, clash);
    }
  }
}
