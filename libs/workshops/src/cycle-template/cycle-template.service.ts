import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProgrammeEntity } from '@zyklus/cohorts';
import { NotFoundError } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, In, Not } from 'typeorm';
import { CycleTemplateStepEntity } from './cycle-template-step.entity';
import {
  dayEndsBeforeStart,
  duplicateStep,
  durationNotInHalves,
  unknownStep,
} from './cycle-template.errors';
import { SetCycleTemplateInput } from './inputs/set-cycle-template.input';

/**
 * A programme's workshop cycle template. Program managers replace it as a whole list; steps
 * given with their id are updated in place, so workshops planned from them keep their link
 * and re-planning still finds them.
 */
@Injectable()
export class CycleTemplateService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async set(actor: Actor, input: SetCycleTemplateInput): Promise<CycleTemplateStepEntity[]> {
    requireProgramManager(actor);
    const seen = new Set<string>();
    input.steps.forEach((step, index) => {
      if (step.id && seen.has(step.id)) throw duplicateStep(index);
      if (step.id) seen.add(step.id);
      if (step.durationDays * 2 !== Math.floor(step.durationDays * 2)) {
        throw durationNotInHalves(index);
      }
      if (step.dayEnd <= step.dayStart) throw dayEndsBeforeStart(index);
    });
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOne(ProgrammeEntity, {
        where: { id: input.programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!programme) {
        throw NotFoundError.of({ de: 'Programm', en: 'Programme' }, 'programmeId');
      }
      const existing = await manager.findBy(CycleTemplateStepEntity, { programmeId: programme.id });
      const known = new Set(existing.map((step) => step.id));
      input.steps.forEach((step, index) => {
        if (step.id && !known.has(step.id)) throw unknownStep(index);
      });
      const kept = input.steps.flatMap((step) => (step.id ? [step.id] : []));
      await manager.delete(CycleTemplateStepEntity, {
        programmeId: programme.id,
        ...(kept.length ? { id: Not(In(kept)) } : {}),
      });
      // Positions are unique per programme, checked at commit: reordering in place is fine.
      return manager.save(
        input.steps.map((step, index) =>
          manager.create(CycleTemplateStepEntity, {
            ...step,
            programmeId: programme.id,
            position: index + 1,
          }),
        ),
      );
    });
  }
}
