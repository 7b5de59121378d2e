import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BadUserInputError, FieldProblem } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { LocalEnrolmentEntity } from '../enrolment/local-enrolment.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { checkDays, checkPublishable, firstOverlap, recorded } from '@zyklus/workshops';
import type { RecordedDay } from '@zyklus/workshops';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { CycleGuard, LockedCycle } from '../cycle/cycle-guard';
import { LocalCycleEntity } from '../cycle/local-cycle.entity';
import { LocalCycleStatus, LocalWorkshopStatus } from '../local-cycle-enums';
import { ContactNotices, ContactNoticeKind } from '../contacts/contact-notices';
import { LocalWorkshopChanges } from './local-workshop-changes';
import { LocalWorkshopDayEntity } from './local-workshop-day.entity';
import { LocalWorkshopEntity } from './local-workshop.entity';
import {
  localWorkshopInStatus,
  localWorkshopNotFound,
  overlapsLocalWorkshop,
} from './local-workshop.errors';
import {
  CancelLocalWorkshopInput,
  CreateLocalWorkshopInput,
  InviteContactsInput,
  RescheduleLocalWorkshopInput,
  UpdateLocalWorkshopInput,
} from './local-workshop.inputs';

const FROM = {
  publish: [LocalWorkshopStatus.DRAFT],
  reschedule: [LocalWorkshopStatus.DRAFT, LocalWorkshopStatus.PUBLISHED],
  update: [LocalWorkshopStatus.DRAFT, LocalWorkshopStatus.PUBLISHED],
  cancel: [LocalWorkshopStatus.DRAFT, LocalWorkshopStatus.PUBLISHED],
  hold: [LocalWorkshopStatus.PUBLISHED],
} as const;

const ACTION_DE = {
  publish: 'veröffentlicht',
  reschedule: 'verschoben',
  update: 'geändert',
  cancel: 'abgesagt',
  hold: 'als durchgeführt markiert',
};

/**
 * A coordinator's local workshops, with the same day/time rules and checks as cohort workshops
 * (@zyklus/workshops: checkDays, firstOverlap, checkPublishable). Returns the workshop's id; the
 * resolver reads the cycle view.
 */
@Injectable()
export class LocalWorkshopService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly guard: CycleGuard,
    private readonly changes: LocalWorkshopChanges,
    private readonly contacts: ContactNotices,
  ) {}

  async create(actor: Actor, input: CreateLocalWorkshopInput): Promise<string> {
    checkDays(input.days);
    const days = recorded(input.days);
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.guard.lock(manager, actor, input.localCycleId);
      const workshop = await manager.save(
        manager.create(LocalWorkshopEntity, {
          localCycleId: locked.cycle.id,
          templateStepId: null,
          title: input.title,
          format: input.format,
          placeName: input.place?.name ?? null,
          placeAddress: input.place?.address ?? null,
          onlineUrl: input.onlineUrl ?? null,
          bundesland: input.bundesland ?? null,
          status: LocalWorkshopStatus.DRAFT,
          cancellationReason: null,
          sequence: 0,
        }),
      );
      await this.replaceDays(manager, workshop.id, days);
      await this.guard.touch(manager, locked.cycle);
      return workshop.id;
    });
  }

  async update(actor: Actor, input: UpdateLocalWorkshopInput): Promise<string> {
    let told: ContactNoticeKind | null = null;
    const cycleId = await this.change(
      actor,
      input.id,
      'update',
      async (manager, workshop, locked) => {
        if (input.title !== undefined) workshop.title = input.title;
        if (input.format !== undefined) workshop.format = input.format;
        if (input.onlineUrl !== undefined) workshop.onlineUrl = input.onlineUrl;
        if (input.bundesland !== undefined) workshop.bundesland = input.bundesland;
        if (input.place !== undefined) {
          workshop.placeName = input.place?.name ?? null;
          workshop.placeAddress = input.place?.address ?? null;
        }
        if (workshop.status === LocalWorkshopStatus.PUBLISHED) {
          checkPublishable(workshop);
          workshop.sequence += 1;
          await manager.save(workshop);
          await this.changes.changed(manager, locked, workshop, 'UPDATED');
          told = 'CHANGED';
        } else {
          await manager.save(workshop);
        }
      },
    );
    if (told) await this.contacts.send(input.id, told);
    return cycleId;
  }

  async reschedule(actor: Actor, input: RescheduleLocalWorkshopInput): Promise<string> {
    checkDays(input.days);
    const days = recorded(input.days);
    let told: ContactNoticeKind | null = null;
    const cycleId = await this.change(
      actor,
      input.id,
      'reschedule',
      async (manager, workshop, locked) => {
        if (workshop.status === LocalWorkshopStatus.PUBLISHED) {
          await this.checkNoOverlap(manager, workshop, days);
          workshop.sequence += 1;
          await manager.save(workshop);
        }
        await this.replaceDays(manager, workshop.id, days);
        if (workshop.status === LocalWorkshopStatus.PUBLISHED) {
          await this.changes.changed(manager, locked, workshop, 'RESCHEDULED');
          told = 'CHANGED';
        }
      },
    );
    if (told) await this.contacts.send(input.id, told);
    return cycleId;
  }

  async publish(actor: Actor, id: string): Promise<string> {
    const cycleId = await this.change(actor, id, 'publish', async (manager, workshop, locked) => {
      checkPublishable(workshop);
      const days = recorded(
        await manager.findBy(LocalWorkshopDayEntity, { localWorkshopId: workshop.id }),
      );
      await this.checkNoOverlap(manager, workshop, days);
      workshop.status = LocalWorkshopStatus.PUBLISHED;
      await manager.save(workshop);
      // The first published workshop starts the cycle.
      if (locked.cycle.status === LocalCycleStatus.PLANNED) {
        await manager.update(
          LocalCycleEntity,
          { id: locked.cycle.id },
          { status: LocalCycleStatus.RUNNING },
        );
      }
      await this.changes.changed(manager, locked, workshop, 'PUBLISHED');
    });
    await this.contacts.send(id, 'INVITED');
    return cycleId;
  }

  async cancel(actor: Actor, input: CancelLocalWorkshopInput): Promise<string> {
    let told = false;
    const cycleId = await this.change(
      actor,
      input.id,
      'cancel',
      async (manager, workshop, locked) => {
        const wasPublished = workshop.status === LocalWorkshopStatus.PUBLISHED;
        workshop.status = LocalWorkshopStatus.CANCELLED;
        workshop.cancellationReason = input.reason;
        if (wasPublished) workshop.sequence += 1;
        await manager.save(workshop);
        if (wasPublished) await this.changes.changed(manager, locked, workshop, 'CANCELLED');
        told = wasPublished;
      },
    );
    if (told) await this.contacts.send(input.id, 'CANCELLED');
    return cycleId;
  }

  /**
   * Invites the contact persons of these initiatives (enrolled or invited in the cycle) to a
   * published workshop again, e.g. after their consent was recorded. Refused for any without a
   * contact person or without consent: nothing is sent then.
   */
  async inviteContacts(actor: Actor, input: InviteContactsInput): Promise<number> {
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(LocalWorkshopEntity, {
        where: { id: input.localWorkshopId },
        select: { id: true, localCycleId: true, status: true },
      });
      if (!found) throw localWorkshopNotFound('localWorkshopId');
      await this.guard.lock(manager, actor, found.localCycleId, { field: 'localWorkshopId' });
      if (found.status !== LocalWorkshopStatus.PUBLISHED) {
        throw localWorkshopInStatus(found.status, 'eingeladen');
      }
      const rows = await manager.findBy(InitiativeEntity, { id: In(input.initiativeIds) });
      const enrolled = await manager.findBy(LocalEnrolmentEntity, {
        localCycleId: found.localCycleId,
        initiativeId: In(input.initiativeIds),
      });
      const problems: FieldProblem[] = [];
      input.initiativeIds.forEach((id, index) => {
        const row = rows.find((r) => r.id === id);
        const field = `initiativeIds.${index}`;
        if (!row || !enrolled.some((e) => e.initiativeId === id)) {
          problems.push({
            field,
            message: { de: 'Nicht in diesem Zyklus.', en: 'Not in this cycle.' },
            reason: 'NOT_ENROLLED',
          });
        } else if (!row.contactEmail) {
          problems.push({
            field,
            message: { de: 'Keine Ansprechperson hinterlegt.', en: 'No contact person.' },
            reason: 'NO_CONTACT',
          });
        } else if (!row.contactConsentOn) {
          problems.push({
            field,
            message: {
              de: 'Die Ansprechperson hat keiner E-Mail zugestimmt (oder sich abgemeldet).',
              en: 'The contact person has not agreed to emails (or unsubscribed).',
            },
            reason: 'NO_CONSENT',
          });
        }
      });
      if (problems.length) throw BadUserInputError.fields(problems).because(problems[0]!.reason!);
      return found;
    });
    return this.contacts.send(input.localWorkshopId, 'INVITED', input.initiativeIds);
  }

  async markHeld(actor: Actor, id: string): Promise<string> {
    return this.change(actor, id, 'hold', async (manager, workshop) => {
      workshop.status = LocalWorkshopStatus.HELD;
      await manager.save(workshop);
    });
  }

  /** The one path of every change: lock cycle and workshop, check the status, apply, touch. */
  private async change(
    actor: Actor,
    id: string,
    action: keyof typeof FROM,
    apply: (
      manager: EntityManager,
      workshop: LocalWorkshopEntity,
      locked: LockedCycle,
    ) => Promise<void>,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(LocalWorkshopEntity, {
        where: { id },
        select: { id: true, localCycleId: true },
      });
      if (!found) throw localWorkshopNotFound();
      const locked = await this.guard.lock(manager, actor, found.localCycleId, { field: 'id' });
      const workshop = await manager.findOneOrFail(LocalWorkshopEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!(FROM[action] as readonly LocalWorkshopStatus[]).includes(workshop.status)) {
        throw localWorkshopInStatus(workshop.status, ACTION_DE[action]);
      }
      await apply(manager, workshop, locked);
      await this.guard.touch(manager, locked.cycle);
      return workshop.localCycleId;
    });
  }

  private async replaceDays(
    manager: EntityManager,
    localWorkshopId: string,
    days: readonly RecordedDay[],
  ): Promise<void> {
    await manager.delete(LocalWorkshopDayEntity, { localWorkshopId });
    await manager.insert(
      LocalWorkshopDayEntity,
      days.map((day) => ({ localWorkshopId, ...day })),
    );
  }

  /** No two published local workshops of one cycle at the same time (the cohort rule). */
  private async checkNoOverlap(
    manager: EntityManager,
    workshop: LocalWorkshopEntity,
    days: readonly RecordedDay[],
  ): Promise<void> {
    const others = await manager.findBy(LocalWorkshopEntity, {
      localCycleId: workshop.localCycleId,
      status: LocalWorkshopStatus.PUBLISHED,
      id: Not(workshop.id),
    });
    if (!others.length) return;
    const otherDays = await manager.findBy(LocalWorkshopDayEntity, {
      localWorkshopId: In(others.map((o) => o.id)),
    });
    for (const other of others) {
      const clash = firstOverlap(
        days,
        recorded(otherDays.filter((d) => d.localWorkshopId === other.id)),
      );
      if (clash) throw overlapsLocalWorkshop(other.title, clash);
    }
  }
}
