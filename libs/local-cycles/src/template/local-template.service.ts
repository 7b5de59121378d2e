import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProgrammeEntity } from '@zyklus/cohorts';
import { BadUserInputError, NotFoundError } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { SetLocalTemplateInput } from './local-template.inputs';
import { LocalTemplateStepEntity } from './local-template-step.entity';

/** A programme's local template; program managers replace it as a whole list. */
@Injectable()
export class LocalTemplateService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get(programmeId: string): Promise<LocalTemplateStepEntity[]> {
    return this.dataSource
      .getRepository(LocalTemplateStepEntity)
      .find({ where: { programmeId }, order: { position: 'ASC' } });
  }

  async set(actor: Actor, input: SetLocalTemplateInput): Promise<LocalTemplateStepEntity[]> {
    requireProgramManager(actor);
    input.steps.forEach((step, index) => {
      if (step.durationDays * 2 !== Math.floor(step.durationDays * 2)) {
        throw BadUserInputError.field(
          `steps.${index}.durationDays`,
          {
            de: 'Dauer in halben Tagen (0,5; 1; 1,5 …).',
            en: 'Duration in half days (0.5, 1, 1.5 …).',
          },
          'NOT_IN_HALVES',
        );
      }
      if (step.dayEnd <= step.dayStart) {
        throw BadUserInputError.field(
          `steps.${index}.dayEnd`,
          { de: 'Ein Tag muss nach seinem Beginn enden.', en: 'A day must end after it starts.' },
          'DAY_ENDS_BEFORE_START',
        );
      }
    });
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOne(ProgrammeEntity, {
        where: { id: input.programmeId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!programme) throw NotFoundError.of({ de: 'Programm', en: 'Programme' }, 'programmeId');
      const existing = await manager.find(LocalTemplateStepEntity, {
        where: { programmeId: programme.id },
        order: { position: 'ASC' },
      });
      // Steps are matched by position, so workshops planned from step 2 stay linked to step 2.
      const rows = input.steps.map((step, index) =>
        manager.create(LocalTemplateStepEntity, {
          ...(existing[index] ? { id: existing[index].id } : {}),
          ...step,
          programmeId: programme.id,
          position: index + 1,
        }),
      );
      const removed = existing.slice(input.steps.length);
      if (removed.length) await manager.remove(removed);
      return manager.save(rows);
    });
  }
}
