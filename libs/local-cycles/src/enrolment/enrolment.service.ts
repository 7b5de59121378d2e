import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  FieldProblem,
  NotFoundError,
} from '@zyklus/common';
import { Actor } from '@zyklus/identity';
import { ReminderPlanner } from '@zyklus/reminders';
import { SELF_ANALYSIS_PHASE } from '../reminders/local-reminder-kinds';
import { LocalReminderTriggers } from '../reminders/local-reminder-triggers';
import { DataSource, In } from 'typeorm';
import { CycleGuard } from '../cycle/cycle-guard';
import { InitiativeEntity } from '../initiative/initiative.entity';
import {
  ENROLMENT_NEXT,
  PHASE_NAMES,
  PHASE_ORDER,
  SelfAnalysisPhase,
  TAKING_PART_LOCALLY,
} from '../local-cycle-enums';
import {
  ChangeSelfAnalysisPhaseInput,
  EnrolInitiativesInput,
  SetEnrolmentStatusInput,
} from './enrolment.inputs';
import { LocalEnrolmentEntity, SelfAnalysisPhaseChangeEntity } from './local-enrolment.entity';

/** Initiatives in a local cycle, in bulk, and their self-analysis phases with history. */
@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly guard: CycleGuard,
    private readonly clock: Clock,
    private readonly planner: ReminderPlanner,
    private readonly triggers: LocalReminderTriggers,
  ) {}

  /** Enrols all given initiatives or none: each must belong to the cycle's network. */
  async enrol(actor: Actor, input: EnrolInitiativesInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.guard.lock(manager, actor, input.localCycleId);
      const ids = [...new Set(input.initiativeIds)];
      const found = await manager.findBy(InitiativeEntity, { id: In(ids) });
      const problems: FieldProblem[] = [];
      input.initiativeIds.forEach((id, index) => {
        const initiative = found.find((f) => f.id === id);
        if (!initiative) {
          problems.push({
            field: `initiativeIds.${index}`,
            message: { de: 'Keine solche MINT-Initiative.', en: 'No such initiative.' },
            reason: 'INITIATIVE_NOT_FOUND',
          });
        } else if (initiative.networkId !== locked.network.id) {
          problems.push({
            field: `initiativeIds.${index}`,
            message: {
              de: 'Die MINT-Initiative gehört zu einem anderen Netzwerk.',
              en: 'The initiative belongs to another network.',
            },
            reason: 'INITIATIVE_OF_OTHER_NETWORK',
          });
        }
      });
      if (problems.length) throw BadUserInputError.fields(problems).because(problems[0]!.reason!);
      const now = this.clock.now();
      await manager
        .createQueryBuilder()
        .insert()
        .into(LocalEnrolmentEntity)
        .values(
          ids.map((initiativeId) => ({
            localCycleId: locked.cycle.id,
            initiativeId,
            status: input.status,
            phase: SelfAnalysisPhase.NOT_STARTED,
            phaseSince: now,
          })),
        )
        .orIgnore()
        .execute();
      const enrolled = await manager.findBy(LocalEnrolmentEntity, {
        localCycleId: locked.cycle.id,
        initiativeId: In(ids),
      });
      await this.planner.materialise(
        manager,
        SELF_ANALYSIS_PHASE,
        enrolled.map((e) => e.id),
      );
      // Their consenting contact persons get the reminders of the cycle's workshops.
      await this.triggers.contactsChanged(manager, [locked.cycle.id]);
      await this.guard.touch(manager, locked.cycle);
      return locked.cycle.id;
    });
  }

  async setStatus(actor: Actor, input: SetEnrolmentStatusInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.guard.lock(manager, actor, input.localCycleId);
      const rows = await manager.findBy(LocalEnrolmentEntity, {
        id: In([...new Set(input.enrolmentIds)]),
      });
      const problems: FieldProblem[] = [];
      input.enrolmentIds.forEach((id, index) => {
        const row = rows.find((r) => r.id === id);
        if (!row || row.localCycleId !== locked.cycle.id) {
          problems.push({
            field: `enrolmentIds.${index}`,
            message: { de: 'Nicht in diesem Zyklus.', en: 'Not in this cycle.' },
            reason: 'ENROLMENT_OF_OTHER_CYCLE',
          });
        } else if (
          row.status !== input.status &&
          !ENROLMENT_NEXT[row.status].includes(input.status)
        ) {
          problems.push({
            field: `enrolmentIds.${index}`,
            message: {
              de: `Von ${row.status} geht es nicht zu ${input.status}.`,
              en: `${row.status} cannot change to ${input.status}.`,
            },
            reason: 'STATUS_CHANGE_NOT_ALLOWED',
          });
        }
      });
      if (problems.length) throw BadUserInputError.fields(problems).because(problems[0]!.reason!);
      await manager.update(
        LocalEnrolmentEntity,
        { id: In(rows.map((r) => r.id)) },
        { status: input.status },
      );
      await this.planner.materialise(
        manager,
        SELF_ANALYSIS_PHASE,
        rows.map((r) => r.id),
      );
      // A withdrawn initiative's contact person hears nothing more.
      await this.triggers.contactsChanged(manager, [locked.cycle.id]);
      await this.guard.touch(manager, locked.cycle);
      return locked.cycle.id;
    });
  }

  /** A new phase, recorded with date and who; going back needs a reason. */
  async changePhase(actor: Actor, input: ChangeSelfAnalysisPhaseInput): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.findOne(LocalEnrolmentEntity, {
        where: { id: input.enrolmentId },
        select: { id: true, localCycleId: true },
      });
      if (!found) {
        throw NotFoundError.of({ de: 'Anmeldung', en: 'Enrolment' }, 'enrolmentId').because(
          'ENROLMENT_NOT_FOUND',
        );
      }
      const locked = await this.guard.lock(manager, actor, found.localCycleId, {
        field: 'enrolmentId',
      });
      const enrolment = await manager.findOneOrFail(LocalEnrolmentEntity, {
        where: { id: input.enrolmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!TAKING_PART_LOCALLY.includes(enrolment.status)) {
        throw new ConflictError(
          {
            de: 'Phasen werden nur für angemeldete MINT-Initiativen festgehalten.',
            en: 'Phases are recorded for enrolled initiatives only.',
          },
          [{ field: 'enrolmentId', message: { de: 'Nicht angemeldet.', en: 'Not enrolled.' } }],
        ).because('NOT_ENROLLED');
      }
      if (enrolment.phase === input.phase) {
        throw BadUserInputError.field(
          'phase',
          {
            de: 'Die Initiative ist schon in dieser Phase.',
            en: 'The initiative is in this phase already.',
          },
          'PHASE_UNCHANGED',
        );
      }
      const back = PHASE_ORDER.indexOf(input.phase) < PHASE_ORDER.indexOf(enrolment.phase);
      if (back && !input.reason) {
        throw BadUserInputError.field(
          'reason',
          {
            de: `Zurück von „${PHASE_NAMES[enrolment.phase].de}“ zu „${PHASE_NAMES[input.phase].de}“ braucht eine Begründung.`,
            en: `Going back from "${PHASE_NAMES[enrolment.phase].en}" to "${PHASE_NAMES[input.phase].en}" needs a reason.`,
          },
          'REASON_REQUIRED',
        );
      }
      const now = this.clock.now();
      await manager.insert(SelfAnalysisPhaseChangeEntity, {
        enrolmentId: enrolment.id,
        fromPhase: enrolment.phase,
        toPhase: input.phase,
        changedAt: now,
        changedById: actor.personId,
        reason: input.reason ?? null,
      });
      await manager.update(
        LocalEnrolmentEntity,
        { id: enrolment.id },
        { phase: input.phase, phaseSince: now },
      );
      // The "same phase for 30 days" nudge counts from the new phase.
      await this.planner.materialise(manager, SELF_ANALYSIS_PHASE, [enrolment.id]);
      await this.guard.touch(manager, locked.cycle);
      return locked.cycle.id;
    });
  }
}
