import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, RetentionCutoffs } from '@zyklus/common';
import { isForeignKeyViolation } from '@zyklus/database';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, EntityManager } from 'typeorm';
import { PrivacyAction } from '../audit/privacy-audit-entry.entity';
import { PrivacyAudit } from '../audit/privacy-audit';
import { notPerProgramme, programmeNotFound, unknownDataClass } from '../privacy.errors';
import { PersonalDataRegistry, RegisteredRetentionRule } from '../registry/personal-data-registry';
import { RetentionRunEntity } from './retention-run.entity';
import { RetentionSettingEntity } from './retention-setting.entity';

const DAY_MS = 24 * 3600_000;

/** A rule as a program manager sees it: default and the period in force. */
export interface RetentionRuleView {
  context: string;
  registered: RegisteredRetentionRule;
  days: number;
  programmeId: string | null;
}

export interface RetentionCount {
  dataClass: string;
  count: number;
}

/**
 * Retention periods (Art. 5(1)(e)): each context's rules with their defaults, periods a program
 * manager set for all programmes or one, and what the next run would remove.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: PrivacyAudit,
    private readonly clock: Clock,
  ) {}

  /** Every rule with the period in force for `programmeId` (or for all programmes). */
  async rules(actor: Actor, programmeId: string | null): Promise<RetentionRuleView[]> {
    requireProgramManager(actor);
    const settings = await this.dataSource.getRepository(RetentionSettingEntity).find();
    return this.registry.retentionRules().map((registered) => {
      const of = (p: string | null) =>
        settings.find((s) => s.dataClass === registered.rule.dataClass && s.programmeId === p);
      const days =
        (programmeId && registered.rule.perProgramme ? of(programmeId)?.days : undefined) ??
        of(null)?.days ??
        registered.rule.defaultDays;
      return { context: registered.context, registered, days, programmeId };
    });
  }

  /** Sets a period for all programmes (no programmeId) or one programme. */
  async setPeriod(
    actor: Actor,
    input: { dataClass: string; days: number; programmeId?: string | null },
  ): Promise<RetentionRuleView> {
    requireProgramManager(actor);
    const registered = this.registry.rule(input.dataClass);
    if (!registered) throw unknownDataClass(input.dataClass);
    const programmeId = input.programmeId ?? null;
    if (programmeId && !registered.rule.perProgramme) throw notPerProgramme();
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.query(
          `INSERT INTO retention_setting (programme_id, data_class, days, updated_at)
           VALUES ($1, $2, $3, $4)
           ON CONFLICT (programme_id, data_class) DO UPDATE SET days = $3, updated_at = $4`,
          [programmeId, input.dataClass, input.days, this.clock.now()],
        );
        await this.audit.record(manager, {
          action: PrivacyAction.RETENTION_PERIOD_CHANGED,
          actorPersonId: actor.personId,
          subjectPersonId: null,
          details: { dataClass: input.dataClass, days: input.days },
        });
      });
    } catch (error) {
      if (isForeignKeyViolation(error, 'fk_retention_setting_programme')) throw programmeNotFound();
      throw error;
    }
    return { context: registered.context, registered, days: input.days, programmeId };
  }

  /** What the next run would remove or anonymise, per data class. */
  async preview(actor: Actor): Promise<RetentionCount[]> {
    requireProgramManager(actor);
    return this.dataSource.transaction('REPEATABLE READ', (manager) =>
      this.enforce(manager, this.clock.now(), true),
    );
  }

  /** The last runs of the daily job, newest first. */
  async runs(actor: Actor, first: number): Promise<RetentionRunEntity[]> {
    requireProgramManager(actor);
    return this.dataSource
      .getRepository(RetentionRunEntity)
      .find({ order: { day: 'DESC' }, take: first });
  }

  /** Counts (dryRun) or enforces every rule at `now`, inside `manager`'s transaction. */
  async enforce(manager: EntityManager, now: Date, dryRun: boolean): Promise<RetentionCount[]> {
    const settings = await manager.find(RetentionSettingEntity);
    const counts: RetentionCount[] = [];
    for (const { rule } of this.registry.retentionRules()) {
      const mine = settings.filter((s) => s.dataClass === rule.dataClass);
      const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
      const cutoffs: RetentionCutoffs = {
        default: before(mine.find((s) => s.programmeId === null)?.days ?? rule.defaultDays),
        byProgramme: new Map(
          rule.perProgramme
            ? mine.flatMap((s) => (s.programmeId ? [[s.programmeId, before(s.days)]] : []))
            : [],
        ),
      };
      counts.push({
        dataClass: rule.dataClass,
        count: await rule.enforce({ manager, now, cutoffs, dryRun }),
      });
    }
    return counts;
  }
}
