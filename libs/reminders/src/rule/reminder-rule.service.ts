import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CohortEntity, cohortNotFound, ProgrammeEntity, programmeNotFound } from '@zyklus/cohorts';
import {
  BadUserInputError,
  Clock,
  ConflictError,
  definedOnly,
  NotFoundError,
} from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ReminderScope } from '../events/reminder-event-source';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { ReminderPlanner } from '../planning/reminder-planner';
import { checkRuleFits } from './rule-fit';
import { CreateReminderRuleInput, UpdateReminderRuleInput } from './inputs/reminder-rule.inputs';
import { ReminderRuleEntity } from './reminder-rule.entity';

export const ruleNotFound = (field = 'id') =>
  NotFoundError.of({ de: 'Erinnerungsregel', en: 'Reminder rule' }, field).because(
    'RULE_NOT_FOUND',
  );

const duplicateRule = (other: ReminderRuleEntity) => {
  const what = `${other.offsetDays} d ${other.offsetMinutes} min, ${other.anchor}, ${other.audience}, ${other.template}`;
  return new ConflictError(
    {
      de: `Diese Regel gibt es schon: Regel ${other.id} (${what}). Sie würde dieselbe E-Mail ein zweites Mal verschicken.`,
      en: `This rule exists already: rule ${other.id} (${what}). It would send the same mail a second time.`,
    },
    [
      {
        field: 'offsetDays',
        message: {
          de: `Gleich wie Regel ${other.id}.`,
          en: `Same as rule ${other.id}.`,
        },
      },
    ],
  ).because('DUPLICATE_RULE');
};

/** Two enabled rules of one scope that would mail the same people the same mail at the same time. */
const sameMail = (a: ReminderRuleEntity, b: ReminderRuleEntity) =>
  a.id !== b.id &&
  a.enabled &&
  b.enabled &&
  a.cohortId === b.cohortId &&
  a.scopeId === b.scopeId &&
  a.nudge === b.nudge &&
  a.eventKind === b.eventKind &&
  a.audience === b.audience &&
  a.anchor === b.anchor &&
  a.offsetDays === b.offsetDays &&
  a.offsetMinutes === b.offsetMinutes &&
  a.template === b.template;

/**
 * Reminder rules for program managers. Every change re-materialises the ledger of the upcoming
 * events it concerns, in the same transaction; a new rule is effective from now, so it never
 * mails events that already began. A rule that would duplicate another enabled rule of the same
 * scope (programme defaults, or one cohort) is refused with CONFLICT naming it; overlaps across
 * scopes or audiences are allowed, and the planner sends such a mail once.
 */
@Injectable()
export class ReminderRuleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: ReminderPlanner,
    private readonly clock: Clock,
    private readonly sources: ReminderEventSources,
  ) {}

  async list(actor: Actor, programmeId: string, cohortId?: string): Promise<ReminderRuleEntity[]> {
    requireProgramManager(actor);
    return this.dataSource.getRepository(ReminderRuleEntity).find({
      where: cohortId
        ? [
            { programmeId, cohortId: IsNull() },
            { programmeId, cohortId },
          ]
        : { programmeId },
      order: {
        cohortId: { direction: 'ASC', nulls: 'FIRST' },
        offsetDays: 'ASC',
        offsetMinutes: 'ASC',
        createdAt: 'ASC',
      },
    });
  }

  async get(actor: Actor, id: string): Promise<ReminderRuleEntity> {
    requireProgramManager(actor);
    const rule = await this.dataSource.getRepository(ReminderRuleEntity).findOneBy({ id });
    if (!rule) throw ruleNotFound();
    return rule;
  }

  async create(actor: Actor, input: CreateReminderRuleInput): Promise<ReminderRuleEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const programme = await manager.findOneBy(ProgrammeEntity, { id: input.programmeId });
      if (!programme) throw programmeNotFound('programmeId');
      if (input.cohortId) {
        const cohort = await manager.findOneBy(CohortEntity, { id: input.cohortId });
        if (cohort?.programmeId !== programme.id) {
          throw cohortNotFound('cohortId');
        }
      }
      const fields = {
        ...input,
        cohortId: input.cohortId ?? null,
        scopeId: input.scopeId ?? null,
        nudge: input.nudge ?? null,
      };
      await checkRuleFits(manager, this.sources, fields);
      if (input.replacesRuleId) {
        const replaced = await manager.findOneBy(ReminderRuleEntity, { id: input.replacesRuleId });
        if (
          !(input.cohortId || input.scopeId) ||
          replaced?.programmeId !== programme.id ||
          replaced.cohortId !== null ||
          replaced.scopeId !== null ||
          replaced.eventKind !== input.eventKind
        ) {
          throw BadUserInputError.field('replacesRuleId', {
            de: 'Nur eine Regel für einen Durchgang (oder eine Gruppe) kann eine Regel ersetzen, und nur eine des Programms für dieselbe Art von Termin.',
            en: 'Only a rule for a cohort (or a group) can replace a rule, and only one of the programme for the same kind of event.',
          }).because('REPLACES_FOREIGN_RULE');
        }
      }
      const rule = manager.create(ReminderRuleEntity, {
        ...fields,
        replacesRuleId: input.replacesRuleId ?? null,
        effectiveFrom: this.clock.now(),
      });
      await this.refuseDuplicate(manager, rule);
      await manager.save(rule);
      await this.rematerialise(manager, rule);
      return rule;
    });
  }

  async update(actor: Actor, input: UpdateReminderRuleInput): Promise<ReminderRuleEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const rule = await manager.findOne(ReminderRuleEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!rule) throw ruleNotFound();
      const { id: _id, ...changes } = input;
      const wasEnabled = rule.enabled;
      Object.assign(rule, definedOnly(changes));
      await checkRuleFits(manager, this.sources, rule);
      // Switched on again: like a new rule, it does not reach back to events already begun.
      if (!wasEnabled && rule.enabled) rule.effectiveFrom = this.clock.now();
      await this.refuseDuplicate(manager, rule);
      await manager.save(rule);
      await this.rematerialise(manager, rule);
      return rule;
    });
  }

  /**
   * Deletes a rule; its pending reminders are cancelled, sent ones stay in the ledger. Through
   * the one cancel path: the planner plans the rule's events as if it were switched off (its
   * pending rows CANCELLED "rule disabled, replaced or removed", rows locked in ascending id);
   * then the rows the rule leaves behind are locked in ascending id before the delete releases
   * them (rule_id set null), so the delete never takes row locks in another order.
   */
  async delete(actor: Actor, id: string): Promise<boolean> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const rule = await manager.findOne(ReminderRuleEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!rule) throw ruleNotFound();
      await manager.update(ReminderRuleEntity, { id }, { enabled: false });
      await this.rematerialise(manager, rule);
      await manager.query(`SELECT id FROM reminder WHERE rule_id = $1 ORDER BY id FOR UPDATE`, [
        id,
      ]);
      await manager.delete(ReminderRuleEntity, { id });
      return true;
    });
  }

  /**
   * Refuses a rule that duplicates another of its scope. The programme is locked first, so two
   * programme managers adding the same rule at once cannot both pass.
   */
  private async refuseDuplicate(manager: EntityManager, rule: ReminderRuleEntity): Promise<void> {
    await manager.findOne(ProgrammeEntity, {
      where: { id: rule.programmeId },
      lock: { mode: 'pessimistic_write' },
    });
    const others = await manager.findBy(ReminderRuleEntity, {
      programmeId: rule.programmeId,
      cohortId: rule.cohortId ?? IsNull(),
      scopeId: rule.scopeId ?? IsNull(),
    });
    const duplicate = others.find((other) => sameMail(rule, other));
    if (duplicate) throw duplicateRule(duplicate);
  }

  private rematerialise(manager: EntityManager, rule: ReminderRuleEntity): Promise<void> {
    return this.planner.materialiseUpcoming(manager, ruleScope(rule), [rule.eventKind]);
  }
}

/** Where a rule's events are: its cohort's, its scope's, or its programme's. */
export function ruleScope(rule: ReminderRuleEntity): ReminderScope {
  if (rule.cohortId) return { cohortIds: [rule.cohortId] };
  if (rule.scopeId) return { scopeIds: [rule.scopeId] };
  return { programmeIds: [rule.programmeId] };
}
