import { RedactedWorkshop, WorkshopAccess } from '../access/workshop-access';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortEntity, cohortNotFound, CohortStatus } from '@zyklus/cohorts';
import { ConflictError } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, In } from 'typeorm';
import { CycleTemplateStepEntity } from '../cycle-template/cycle-template-step.entity';
import { PlanCohortCycleInput } from '../workshop/inputs/workshop.inputs';
import { WorkshopDayEntity } from '../workshop/workshop-day.entity';
import { WorkshopStatus } from '../workshop/workshop-enums';
import { WorkshopEntity } from '../workshop/workshop.entity';
import { PlannedSpan, proposeCycle } from './cycle-planner';

const noTemplate = () =>
  new ConflictError(
    {
      de: 'Das Programm hat noch keine Workshop-Zyklus-Vorlage (setCycleTemplate).',
      en: 'The programme has no workshop cycle template yet (setCycleTemplate).',
    },
    [{ field: 'cohortId', message: { de: 'Keine Vorlage.', en: 'No template.' } }],
  );

const cohortEnded = () =>
  new ConflictError(
    {
      de: 'Der Durchgang ist beendet; sein Zyklus wird nicht mehr geplant.',
      en: 'The cohort has ended; its cycle is no longer planned.',
    },
    [{ field: 'cohortId', message: { de: 'Beendet.', en: 'Ended.' } }],
  );

/**
 * Plans a cohort's cycle from its programme's template: one DRAFT workshop per step, with
 * proposed days that respect the gaps and avoid weekends and the public holidays of the
 * Bundesland where the cohort meets (when given). Planning again adds only the steps
 * that have no workshop yet (the cohort's row is locked, and a unique key backs this up), and
 * proposes them from the dates already planned.
 */
@Injectable()
export class CyclePlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: WorkshopAccess,
  ) {}

  async plan(actor: Actor, input: PlanCohortCycleInput): Promise<RedactedWorkshop[]> {
    requireProgramManager(actor);
    const planned = await this.dataSource.transaction(async (manager) => {
      const cohort = await manager.findOne(CohortEntity, {
        where: { id: input.cohortId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!cohort) throw cohortNotFound('cohortId');
      if (cohort.status === CohortStatus.COMPLETED || cohort.status === CohortStatus.CANCELLED) {
        throw cohortEnded();
      }
      const steps = await manager.find(CycleTemplateStepEntity, {
        where: { programmeId: cohort.programmeId },
        order: { position: 'ASC' },
      });
      if (!steps.length) throw noTemplate();
      const planned = await manager.findBy(WorkshopEntity, {
        cohortId: cohort.id,
        templateStepId: In(steps.map((s) => s.id)),
      });
      const plannedDays = planned.length
        ? await manager.findBy(WorkshopDayEntity, { workshopId: In(planned.map((w) => w.id)) })
        : [];
      const fixed = new Map<CycleTemplateStepEntity, PlannedSpan>();
      for (const workshop of planned) {
        const step = steps.find((s) => s.id === workshop.templateStepId)!;
        const dates = plannedDays
          .filter((d) => d.workshopId === workshop.id)
          .map((d) => d.date)
          .sort();
        const first = dates[0] ?? input.startDate;
        fixed.set(step, { first, last: dates[dates.length - 1] ?? first });
      }
      const bundesland = input.bundesland ?? null;
      for (const { step, days } of proposeCycle(steps, input.startDate, fixed, bundesland)) {
        if (!days) continue;
        const workshop = await manager.save(
          manager.create(WorkshopEntity, {
            cohortId: cohort.id,
            templateStepId: step.id,
            kind: step.kind,
            title: step.title,
            description: null,
            format: step.defaultFormat,
            placeName: null,
            placeAddress: null,
            bundesland,
            onlineUrl: null,
            capacity: null,
            attendanceRequired: step.attendanceRequired,
            status: WorkshopStatus.DRAFT,
            cancellationReason: null,
            sequence: 0,
          }),
        );
        await manager.insert(
          WorkshopDayEntity,
          days.map((day) => ({ workshopId: workshop.id, ...day })),
        );
      }
      const all = await manager.findBy(WorkshopEntity, {
        cohortId: cohort.id,
        templateStepId: In(steps.map((s) => s.id)),
      });
      return steps.flatMap((step) => all.filter((w) => w.templateStepId === step.id));
    });
    return this.access.redactAll(actor, planned);
  }
}
