import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Clock,
  ConflictError,
  ConnectionShape,
  decodeCursor,
  NotFoundError,
  toConnection,
} from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource, In } from 'typeorm';
import { ReminderEventSources } from '../events/reminder-event-sources';
import { applicableRules } from '../planning/applicable-rules';
import { dueAt } from '../planning/due-time';
import { afterMove, firstDecision, redecide } from '../planning/ledger-decisions';
import { ReminderPlanner } from '../planning/reminder-planner';
import { ReminderSettings } from '../planning/reminder-settings';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import { ruleNotFound, ruleScope } from '../rule/reminder-rule.service';
import { ReminderAnchor, ReminderStatus } from '../rule/reminder-enums';
import { ReminderEntity } from './reminder.entity';
import { RemindersArgs } from './reminders.args';

/** The ledger for program managers: filter, see failures, retry, preview a rule. */
@Injectable()
export class ReminderLedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly sources: ReminderEventSources,
    private readonly settings: ReminderSettings,
    private readonly planner: ReminderPlanner,
  ) {}

  async list(actor: Actor, args: RemindersArgs): Promise<ConnectionShape<ReminderEntity>> {
    requireProgramManager(actor);
    const query = this.dataSource.getRepository(ReminderEntity).createQueryBuilder('r');
    if (args.cohortId) query.andWhere('r.cohortId = :cohortId', args);
    if (args.eventKind) query.andWhere('r.eventKind = :eventKind', args);
    if (args.eventId) query.andWhere('r.eventId = :eventId', args);
    if (args.personId) query.andWhere('r.recipientId = :personId', args);
    if (args.status?.length) query.andWhere('r.status IN (:...status)', { status: args.status });
    if (args.dueFrom) query.andWhere('r.dueAt >= :dueFrom', args);
    if (args.dueTo) query.andWhere('r.dueAt < :dueTo', args);
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [due, id] = decodeCursor(args.after, ['string', 'uuid']);
      query.andWhere('(r.dueAt, r.id) > (CAST(:due AS timestamptz), CAST(:id AS uuid))', {
        due,
        id,
      });
    }
    const rows = await query
      .orderBy('r.dueAt', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(args.first + 1)
      .getMany();
    return toConnection(rows, args.first, (r) => [r.dueAt.toISOString(), r.id], totalCount);
  }

  /** A FAILED reminder goes back to PENDING, due now, with fresh attempts. */
  async retry(actor: Actor, id: string): Promise<ReminderEntity> {
    requireProgramManager(actor);
    return this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(ReminderEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw NotFoundError.of({ de: 'Erinnerung', en: 'Reminder' }, 'id');
      if (row.status !== ReminderStatus.FAILED) {
        throw new ConflictError(
          {
            de: 'Nur fehlgeschlagene Erinnerungen lassen sich erneut senden.',
            en: 'Only failed reminders can be retried.',
          },
          [
            {
              field: 'id',
              message: { de: `Status: ${row.status}.`, en: `Status: ${row.status}.` },
            },
          ],
        );
      }
      row.status = ReminderStatus.PENDING;
      row.attempts = 0;
      row.nextAttemptAt = this.clock.now();
      row.claimedUntil = null;
      row.claimedBy = null;
      return manager.save(row);
    });
  }

  /**
   * Who would get what when under a rule, for the events in its scope, as the ledger will do it:
   * a reminder already sent shows as SENT (with the time it was due), one the planner would
   * skip as SKIPPED with the reason, and so on, without changing anything.
   */
  async preview(actor: Actor, ruleId: string) {
    requireProgramManager(actor);
    const manager = this.dataSource.manager;
    const rule = await manager.findOneBy(ReminderRuleEntity, { id: ruleId });
    if (!rule) throw ruleNotFound('ruleId');
    const rules = await manager.findBy(ReminderRuleEntity, { programmeId: rule.programmeId });
    const source = this.sources.get(rule.eventKind);
    const now = this.clock.now();
    const ids = await this.planner.eventsInScope(manager, rule.eventKind, ruleScope(rule), now);
    const events = await source.load(manager, ids);
    const rows = ids.length
      ? await manager.findBy(ReminderEntity, { ruleId: rule.id, eventId: In(ids) })
      : [];
    // A rule's row for a person about the event's date as it is now (after a move the rule has
    // a row per date: the one about an earlier date stays what it was).
    const rowAbout = (eventId: string, recipientId: string, anchor: Date) =>
      rows.find(
        (r) =>
          r.eventId === eventId &&
          r.recipientId === recipientId &&
          r.anchorAt?.getTime() === anchor.getTime(),
      );
    const remindedBefore = (eventId: string, recipientId: string) =>
      rows.some(
        (r) =>
          r.eventId === eventId &&
          r.recipientId === recipientId &&
          r.status === ReminderStatus.SENT,
      );
    const effective = rule.enabled ? rule.effectiveFrom : now;
    return (
      events
        // As the planner: a cancelled or unpublished event has no reminders to come.
        .filter((event) => event.state === 'SCHEDULED' || event.state === 'OVER')
        .filter(
          (event) => applicableRules(rules, event).some((r) => r.id === rule.id) || !rule.enabled,
        )
        .filter((event) => event.startsAt.getTime() >= effective.getTime())
        .flatMap((event) => {
          const start = rule.anchor === ReminderAnchor.START;
          const anchorAt = start ? event.startsAt : event.endsAt;
          const due = dueAt(
            start ? event.start : event.end,
            event.timeZone,
            rule.offsetDays,
            rule.offsetMinutes,
          );
          const grace = this.settings.graceMs;
          return [...new Set(event.recipients[rule.audience] ?? [])].map((recipientId) => {
            const row = rowAbout(event.id, recipientId, anchorAt);
            const state = row
              ? (redecide(row, due, now, event.startsAt, grace) ?? row)
              : remindedBefore(event.id, recipientId)
                ? afterMove(due, now)
                : firstDecision(due, now, event.startsAt, grace);
            return {
              eventKind: event.kind,
              eventId: event.id,
              recipientId,
              dueAt: state.dueAt,
              status: state.status,
              reason: state.reason,
            };
          });
        })
        .sort(
          (a, b) =>
            a.dueAt.getTime() - b.dueAt.getTime() ||
            a.eventId.localeCompare(b.eventId) ||
            a.recipientId.localeCompare(b.recipientId),
        )
    );
  }
}
