import { Injectable } from '@nestjs/common';
import { CohortEntity, ProgrammeEntity } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { isForeignKeyViolation } from '@zyklus/database';
import { Actor } from '@zyklus/identity';
import { EntityManager } from 'typeorm';
import { FacilitatorInput } from './inputs/workshop.inputs';
import { ChangedWorkshop, WorkshopChangeHooks } from './workshop-change-hooks';
import {
  RecordedDay,
  RecordedDetails,
  WorkshopChangeEntity,
  WorkshopChangeKind,
} from './workshop-change.entity';
import { WorkshopDayEntity } from './workshop-day.entity';
import { recorded } from './workshop-days';
import { WorkshopFacilitatorEntity } from './workshop-facilitator.entity';
import { WorkshopStatus } from './workshop-enums';
import { WorkshopEntity } from './workshop.entity';
import { facilitatorNotFound, facilitatorUnnamed, workshopNotFound } from './workshop.errors';

/** The writes every workshop use case shares, always inside the caller's transaction. */
@Injectable()
export class WorkshopWriter {
  constructor(
    private readonly clock: Clock,
    private readonly hooks: WorkshopChangeHooks,
  ) {}

  /**
   * Reads the workshop and locks it until the transaction ends, its cohort first: every change
   * of workshops, participations and attendance locks the cohort before anything else of it,
   * so a publication and a network's withdrawal (which rewrites attendance) queue up instead
   * of deadlocking.
   */
  async lock(manager: EntityManager, id: string): Promise<WorkshopEntity> {
    const found = await manager.findOne(WorkshopEntity, {
      where: { id },
      select: { id: true, cohortId: true },
    });
    if (!found) throw workshopNotFound();
    await manager.findOne(CohortEntity, {
      where: { id: found.cohortId },
      lock: { mode: 'pessimistic_write' },
    });
    const workshop = await manager.findOne(WorkshopEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!workshop) throw workshopNotFound();
    return workshop;
  }

  /** The time zone of the programme `cohortId` belongs to: the one its workshops' times are in. */
  async timeZone(manager: EntityManager, cohortId: string): Promise<string> {
    const cohort = await manager.findOneByOrFail(CohortEntity, { id: cohortId });
    const programme = await manager.findOneByOrFail(ProgrammeEntity, { id: cohort.programmeId });
    return programme.timeZone;
  }

  async days(manager: EntityManager, workshopId: string): Promise<RecordedDay[]> {
    return recorded(await manager.findBy(WorkshopDayEntity, { workshopId }));
  }

  async replaceDays(
    manager: EntityManager,
    workshopId: string,
    days: readonly RecordedDay[],
  ): Promise<void> {
    await manager.delete(WorkshopDayEntity, { workshopId });
    await manager.insert(
      WorkshopDayEntity,
      days.map((day) => ({ workshopId, ...day })),
    );
  }

  async replaceFacilitators(
    manager: EntityManager,
    workshopId: string,
    facilitators: readonly FacilitatorInput[],
  ): Promise<void> {
    facilitators.forEach((f, index) => {
      if (!f.personId && !f.name) throw facilitatorUnnamed(index);
    });
    await manager.delete(WorkshopFacilitatorEntity, { workshopId });
    if (!facilitators.length) return;
    try {
      await manager.insert(
        WorkshopFacilitatorEntity,
        facilitators.map((f, index) => ({
          workshopId,
          position: index + 1,
          personId: f.personId ?? null,
          name: f.personId ? null : (f.name ?? null),
          organisation: f.organisation ?? null,
          contribution: f.contribution ?? null,
        })),
      );
    } catch (error) {
      if (isForeignKeyViolation(error, 'fk_workshop_facilitator_person')) {
        throw facilitatorNotFound();
      }
      throw error;
    }
  }

  /**
   * Writes the change record and calls the listeners, in the caller's transaction. The
   * sequence (the calendar SEQUENCE) rises only with a change to an announced workshop that
   * people see: a cancellation, or a reschedule or change of a published one that moves its
   * days or changes its title, place or link (`details.visible`). A draft was never sent to
   * anyone; publication and completion change nothing in people's calendars; nor does a new
   * description or a change of fields no mail or calendar entry shows (it is recorded, and
   * nobody is told).
   */
  async record(
    manager: EntityManager,
    actor: Actor,
    workshop: WorkshopEntity,
    kind: WorkshopChangeKind,
    details: ChangeDetails,
  ): Promise<void> {
    await this.tell(manager, [await this.write(manager, actor, workshop, kind, details)]);
  }

  /**
   * `record` without calling the listeners: a use case that changes several workshops writes
   * each and then tells the listeners of all of them at once (`tell`).
   */
  async write(
    manager: EntityManager,
    actor: Actor,
    workshop: WorkshopEntity,
    kind: WorkshopChangeKind,
    details: ChangeDetails,
  ): Promise<ChangedWorkshop> {
    const announced = details.previousStatus === WorkshopStatus.PUBLISHED;
    const told =
      announced &&
      (kind === WorkshopChangeKind.CANCELLED ||
        ((kind === WorkshopChangeKind.RESCHEDULED || kind === WorkshopChangeKind.UPDATED) &&
          details.visible === true));
    if (told) workshop.sequence += 1;
    await manager.save(workshop);
    const change = manager.create(WorkshopChangeEntity, {
      workshopId: workshop.id,
      kind,
      changedAt: this.clock.now(),
      changedById: actor.personId,
      sequence: workshop.sequence,
      previousDays: details.previousDays ?? null,
      previousDetails: details.previousDetails ?? null,
      days: details.days,
      reason: details.reason ?? null,
    });
    await manager.save(change);
    return {
      workshop,
      change,
      previousStatus: details.previousStatus,
      days: details.days,
      told,
    };
  }

  /** Calls the listeners for changes written with `write`, once for all of them. */
  tell(manager: EntityManager, changes: readonly ChangedWorkshop[]): Promise<void> {
    return this.hooks.notify({ changes, manager });
  }
}

/** What a change record says besides its kind. */
export interface ChangeDetails {
  previousStatus: WorkshopStatus;
  previousDays?: RecordedDay[];
  /** Title, place and link before a reschedule or change. */
  previousDetails?: RecordedDetails;
  days: RecordedDay[];
  reason?: string | null;
  /** For a reschedule or change: whether people see it (days, title, place or link moved). */
  visible?: boolean;
}

/** What people see of a workshop besides its days. */
export function visibleDetails(workshop: WorkshopEntity): RecordedDetails {
  return {
    title: workshop.title,
    placeName: workshop.placeName,
    placeAddress: workshop.placeAddress,
    onlineUrl: workshop.onlineUrl,
  };
}

/** Whether two records of what people see differ. */
export function detailsDiffer(a: RecordedDetails, b: RecordedDetails): boolean {
  return (
    a.title !== b.title ||
    a.placeName !== b.placeName ||
    a.placeAddress !== b.placeAddress ||
    a.onlineUrl !== b.onlineUrl
  );
}
