import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ParticipationEntity, TAKING_PART } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { PlannedSpan, proposeCycle } from '@zyklus/workshops';
import { DataSource, In } from 'typeorm';
import { LocalAccess } from '../access/local-access';
import { LocalCycleStatus, LocalWorkshopStatus } from '../local-cycle-enums';
import { LocalTemplateStepEntity } from '../template/local-template-step.entity';
import { LocalWorkshopDayEntity } from '../workshop/local-workshop-day.entity';
import { LocalWorkshopEntity } from '../workshop/local-workshop.entity';
import { CycleGuard } from './cycle-guard';
import { LocalCycleReader } from './local-cycle-reader';
import { LocalCycleEntity } from './local-cycle.entity';
import {
  cycleClosed,
  noLocalTemplate,
  participationNotFound,
  participationNotTakingPart,
} from './local-cycle.errors';
import { PlanLocalCycleInput } from './local-cycle.inputs';
import { LocalCycle } from './local-cycle.model';

/**
 * Plans a network's local cycle from the programme's local template with the cohort planner
 * (@zyklus/workshops proposeCycle): one DRAFT local workshop per step, days off weekends and the
 * public holidays of the network's Bundesland. Planning again adds only the missing steps.
 */
@Injectable()
export class LocalCyclePlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LocalAccess,
    private readonly guard: CycleGuard,
    private readonly reader: LocalCycleReader,
    private readonly clock: Clock,
  ) {}

  async plan(actor: Actor, input: PlanLocalCycleInput): Promise<LocalCycle> {
    const cycleId = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(ParticipationEntity, {
        where: { id: input.participationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!locked) throw participationNotFound();
      await this.access.requireNetwork(actor, locked.networkId, 'participationId');
      if (!TAKING_PART.includes(locked.status)) throw participationNotTakingPart();
      const { network, cohort } = await this.guard.facts(manager, locked.id);
      const steps = await manager.find(LocalTemplateStepEntity, {
        where: { programmeId: cohort.programmeId },
        order: { position: 'ASC' },
      });
      if (!steps.length) throw noLocalTemplate();
      let cycle = await manager.findOneBy(LocalCycleEntity, { participationId: locked.id });
      if (
        cycle &&
        (cycle.status === LocalCycleStatus.COMPLETED || cycle.status === LocalCycleStatus.CANCELLED)
      ) {
        throw cycleClosed(cycle.status, 'participationId');
      }
      cycle ??= await manager.save(
        manager.create(LocalCycleEntity, {
          participationId: locked.id,
          status: LocalCycleStatus.PLANNED,
          closedAt: null,
          reopenReason: null,
          lastActivityAt: this.clock.now(),
        }),
      );
      const planned = await manager.findBy(LocalWorkshopEntity, {
        localCycleId: cycle.id,
        templateStepId: In(steps.map((s) => s.id)),
      });
      const plannedDays = planned.length
        ? await manager.findBy(LocalWorkshopDayEntity, {
            localWorkshopId: In(planned.map((w) => w.id)),
          })
        : [];
      const fixed = new Map<LocalTemplateStepEntity, PlannedSpan>();
      for (const workshop of planned) {
        const step = steps.find((s) => s.id === workshop.templateStepId)!;
        const dates = plannedDays
          .filter((d) => d.localWorkshopId === workshop.id)
          .map((d) => d.date)
          .sort();
        const first = dates[0] ?? input.startDate;
        fixed.set(step, { first, last: dates[dates.length - 1] ?? first });
      }
      for (const { step, days } of proposeCycle(
        steps,
        input.startDate,
        fixed,
        network.bundesland,
      )) {
        if (!days) continue;
        const workshop = await manager.save(
          manager.create(LocalWorkshopEntity, {
            localCycleId: cycle.id,
            templateStepId: step.id,
            title: step.title,
            format: step.defaultFormat,
            placeName: null,
            placeAddress: null,
            onlineUrl: null,
            bundesland: null,
            status: LocalWorkshopStatus.DRAFT,
            cancellationReason: null,
            sequence: 0,
          }),
        );
        await manager.insert(
          LocalWorkshopDayEntity,
          days.map((day) => ({ localWorkshopId: workshop.id, ...day })),
        );
      }
      await this.guard.touch(manager, cycle);
      return cycle.id;
    });
    return (await this.reader.read(actor, [cycleId]))[0]!;
  }
}
