import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortEntity, cohortNotFound, CohortStatus } from '@zyklus/cohorts';
import { ConflictError, definedOnly } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { RedactedWorkshop, WorkshopAccess } from '../access/workshop-access';
import { CreateWorkshopInput, UpdateWorkshopInput } from './inputs/workshop.inputs';
import { WorkshopChangeKind } from './workshop-change.entity';
import { checkDays, recorded } from './workshop-days';
import { WorkshopStatus } from './workshop-enums';
import { checkPublishable } from './workshop-rules';
import { detailsDiffer, visibleDetails, WorkshopWriter } from './workshop-writer';
import { WorkshopEntity } from './workshop.entity';
import { workshopInStatus, workshopNotFound } from './workshop.errors';

/**
 * Reading workshops, adding one by hand, and changing its details. Days change only by
 * rescheduling, status only by publishing, cancelling and completing (WorkshopScheduleService).
 */
@Injectable()
export class WorkshopService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: WorkshopAccess,
    private readonly writer: WorkshopWriter,
  ) {}

  async get(actor: Actor, id: string): Promise<RedactedWorkshop> {
    const workshop = await this.dataSource.getRepository(WorkshopEntity).findOneBy({ id });
    if (!workshop) throw workshopNotFound();
    await this.access.require(actor, workshop);
    return this.access.redact(actor, workshop);
  }

  async create(actor: Actor, input: CreateWorkshopInput): Promise<RedactedWorkshop> {
    requireProgramManager(actor);
    const days = recorded(input.days);
    checkDays(input.days);
    const created = await this.dataSource.transaction(async (manager) => {
      const cohort = await manager.findOneBy(CohortEntity, { id: input.cohortId });
      if (!cohort) throw cohortNotFound('cohortId');
      if (cohort.status === CohortStatus.COMPLETED || cohort.status === CohortStatus.CANCELLED) {
        throw new ConflictError(
          {
            de: 'Der Durchgang ist beendet; es kommen keine Workshops mehr hinzu.',
            en: 'The cohort has ended; no more workshops can be added.',
          },
          [{ field: 'cohortId', message: { de: 'Beendet.', en: 'Ended.' } }],
        );
      }
      const workshop = await manager.save(
        manager.create(WorkshopEntity, {
          cohortId: cohort.id,
          templateStepId: null,
          kind: input.kind,
          title: input.title,
          description: input.description ?? null,
          format: input.format,
          placeName: input.place?.name ?? null,
          placeAddress: input.place?.address ?? null,
          bundesland: input.bundesland ?? null,
          onlineUrl: input.onlineUrl ?? null,
          capacity: input.capacity ?? null,
          attendanceRequired: input.attendanceRequired,
          status: WorkshopStatus.DRAFT,
          cancellationReason: null,
          sequence: 0,
        }),
      );
      await this.writer.replaceDays(manager, workshop.id, days);
      await this.writer.replaceFacilitators(manager, workshop.id, input.facilitators ?? []);
      return workshop;
    });
    return this.access.redact(actor, created);
  }

  /**
   * Changes details; on a published workshop a change of title, place or link is one people are
   * told about (other fields are recorded, nobody is told).
   */
  async update(actor: Actor, input: UpdateWorkshopInput): Promise<RedactedWorkshop> {
    requireProgramManager(actor);
    const updated = await this.dataSource.transaction(async (manager) => {
      const workshop = await this.writer.lock(manager, input.id);
      if (
        workshop.status === WorkshopStatus.CANCELLED ||
        workshop.status === WorkshopStatus.COMPLETED
      ) {
        throw workshopInStatus(workshop.status, { de: 'geändert', en: 'changed' });
      }
      const { id: _id, place, facilitators, ...rest } = input;
      const before = visibleDetails(workshop);
      Object.assign(workshop, definedOnly(rest));
      if (place !== undefined) {
        workshop.placeName = place?.name ?? null;
        workshop.placeAddress = place?.address ?? null;
      }
      if (facilitators !== undefined) {
        await this.writer.replaceFacilitators(manager, workshop.id, facilitators);
      }
      if (workshop.status === WorkshopStatus.PUBLISHED) {
        checkPublishable(workshop);
        const days = await this.writer.days(manager, workshop.id);
        await this.writer.record(manager, actor, workshop, WorkshopChangeKind.UPDATED, {
          previousStatus: WorkshopStatus.PUBLISHED,
          previousDetails: before,
          days,
          // A new description, format, capacity or facilitator list is not news for anyone.
          visible: detailsDiffer(before, visibleDetails(workshop)),
        });
        return workshop;
      }
      return manager.save(workshop);
    });
    return this.access.redact(actor, updated);
  }
}
