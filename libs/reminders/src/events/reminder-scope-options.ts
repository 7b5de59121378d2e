import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ProgrammeEntity, programmeNotFound } from '@zyklus/cohorts';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { ReminderScopeOption } from './reminder-event-source';
import { ReminderEventSources } from './reminder-event-sources';

/**
 * The scopes of a programme a rule of a kind may name (e.g. its peer groups), as the kind's
 * context lists them, for program managers choosing one by name. A kind without a scope, or
 * whose context lists none, has none to offer.
 */
@Injectable()
export class ReminderScopeOptions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: ReminderEventSources,
  ) {}

  async list(actor: Actor, kind: string, programmeId: string): Promise<ReminderScopeOption[]> {
    requireProgramManager(actor);
    const manager = this.dataSource.manager;
    if (!(await manager.existsBy(ProgrammeEntity, { id: programmeId }))) {
      throw programmeNotFound('programmeId');
    }
    const scope = this.sources.named(kind, 'eventKind').scope;
    return (await scope?.options?.(manager, programmeId, actor.language)) ?? [];
  }
}
