import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortAccess, cohortsSql, TAKING_PART } from '@zyklus/cohorts';
import { Clock } from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { ReminderPlanner } from '@zyklus/reminders';
import { LocalEnrolmentEntity } from '../enrolment/local-enrolment.entity';
import { SELF_ANALYSIS_PHASE } from '../reminders/local-reminder-kinds';
import { DataSource, EntityManager } from 'typeorm';
import { LocalAccess } from '../access/local-access';
import { CYCLE_NEXT, LocalCycleStatus } from '../local-cycle-enums';
import { CycleGuard } from './cycle-guard';
import { LocalCycleReader } from './local-cycle-reader';
import { LocalCycleEntity } from './local-cycle.entity';
import {
  cycleClosed,
  cycleNotFound,
  reopenOnlyCompleted,
  reopenOnlyManagers,
  statusChangeNotAllowed,
} from './local-cycle.errors';
import { ChangeLocalCycleStatusInput, ReopenLocalCycleInput } from './local-cycle.inputs';
import { LocalCycle } from './local-cycle.model';

/** Reading a local cycle, moving its status on, and reopening a completed one. */
@Injectable()
export class LocalCycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: LocalAccess,
    private readonly cohortAccess: CohortAccess,
    private readonly guard: CycleGuard,
    private readonly reader: LocalCycleReader,
    private readonly clock: Clock,
    private readonly planner: ReminderPlanner,
  ) {}

  async get(actor: Actor, id: string): Promise<LocalCycle> {
    const rows: { network_id: string }[] = await this.dataSource.query(
      `SELECT p.network_id FROM local_cycle l JOIN ${cohortsSql.participations} p ON p.id = l.participation_id
        WHERE l.id = $1`,
      [id],
    );
    if (!rows[0]) throw cycleNotFound('id');
    await this.access.requireNetwork(actor, rows[0].network_id, 'id');
    return (await this.reader.read(actor, [id]))[0]!;
  }

  /**
   * The coordinator's own local cycle: in `cohortId`, or in their latest cohort; null while none
   * is planned.
   */
  async mine(actor: Actor, cohortId?: string | null): Promise<LocalCycle | null> {
    const facts = await this.cohortAccess.facts(actor);
    const own = facts.participations.find(
      (p) => p.current && TAKING_PART.includes(p.status) && (!cohortId || p.cohortId === cohortId),
    );
    if (!own) return null;
    const cycle = await this.dataSource
      .getRepository(LocalCycleEntity)
      .findOne({ where: { participationId: own.id }, select: { id: true } });
    if (!cycle) return null;
    return (await this.reader.read(actor, [cycle.id]))[0] ?? null;
  }

  async changeStatus(actor: Actor, input: ChangeLocalCycleStatusInput): Promise<LocalCycle> {
    await this.dataSource.transaction(async (manager) => {
      const { cycle } = await this.guard.lock(manager, actor, input.id, { field: 'id' });
      if (!CYCLE_NEXT[cycle.status].includes(input.status)) {
        throw statusChangeNotAllowed(cycle.status, input.status);
      }
      const closing =
        input.status === LocalCycleStatus.COMPLETED || input.status === LocalCycleStatus.CANCELLED;
      await manager.update(
        LocalCycleEntity,
        { id: cycle.id },
        { status: input.status, closedAt: closing ? this.clock.now() : null },
      );
      await this.replanPhases(manager, cycle.id);
      await this.guard.touch(manager, cycle);
    });
    return this.get(actor, input.id);
  }

  async reopen(actor: Actor, input: ReopenLocalCycleInput): Promise<LocalCycle> {
    if (!actor.isProgramManager) throw reopenOnlyManagers();
    await this.dataSource.transaction(async (manager) => {
      const { cycle } = await this.guard.lock(manager, actor, input.id, {
        field: 'id',
        allowClosed: true,
      });
      if (cycle.status === LocalCycleStatus.CANCELLED) throw cycleClosed(cycle.status, 'id');
      if (cycle.status !== LocalCycleStatus.COMPLETED) throw reopenOnlyCompleted();
      await manager.update(
        LocalCycleEntity,
        { id: cycle.id },
        { status: LocalCycleStatus.RUNNING, closedAt: null, reopenReason: input.reason },
      );
      await this.replanPhases(manager, cycle.id);
      await this.guard.touch(manager, cycle);
    });
    return this.get(actor, input.id);
  }

  /** A cycle that starts or stops running starts or stops its phase nudges. */
  private async replanPhases(manager: EntityManager, localCycleId: string): Promise<void> {
    const enrolments = await manager.find(LocalEnrolmentEntity, {
      where: { localCycleId },
      select: { id: true },
    });
    await this.planner.materialise(
      manager,
      SELF_ANALYSIS_PHASE,
      enrolments.map((e) => e.id),
    );
  }
}
