import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { Actor, requireProgramManager } from '@zyklus/identity';
import { DataSource } from 'typeorm';
import { applicableRules } from '../planning/applicable-rules';
import { dueAt } from '../planning/due-time';
import { recipientOf } from '../planning/plan-basics';
import { ReminderPlanner } from '../planning/reminder-planner';
import { ReminderAnchor, ReminderKind } from '../rule/reminder-enums';
import { ReminderRuleEntity } from '../rule/reminder-rule.entity';
import { ruleNotFound, ruleScope } from '../rule/reminder-rule.service';
import { ReminderEntity } from './reminder.entity';
import { ReminderPreview } from './reminder.model';

const same = (a: Date | null | undefined, b: Date) => a != null && a.getTime() === b.getTime();

/**
 * Who would get what when under a rule: the planner itself, run as a dry run over the events in
 * the rule's scope (nothing locked, nothing written), read back per person: the rule's row about
 * the event's date as it is now — SENT if it went out, SKIPPED or CANCELLED with the planner's
 * reason, PENDING with its time — or the row of another rule that sends the same mail. A
 * disabled rule shows what it would do if switched on now.
 */
@Injectable()
export class ReminderPreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly planner: ReminderPlanner,
  ) {}

  async preview(actor: Actor, ruleId: string): Promise<ReminderPreview[]> {
    requireProgramManager(actor);
    const manager = this.dataSource.manager;
    const rule = await manager.findOneBy(ReminderRuleEntity, { id: ruleId });
    if (!rule) throw ruleNotFound('ruleId');
    const now = this.clock.now();
    const asIf = (r: ReminderRuleEntity) =>
      r.id === rule.id && !r.enabled ? { ...r, enabled: true, effectiveFrom: now } : r;
    const ids = await this.planner.eventsInScope(manager, rule.eventKind, ruleScope(rule), now);
    const planned = await this.planner.plan(manager, rule.eventKind, ids, {
      now,
      lock: false,
      asIf,
    });
    if (!planned) return [];
    const effective = asIf(rule);
    const rows: Partial<ReminderEntity>[] = [...planned.rows, ...planned.changes.inserts];
    const previews: ReminderPreview[] = [];
    for (const event of planned.events) {
      // As the ledger: a cancelled or unpublished event has no reminders to come.
      if (event.state !== 'SCHEDULED' && event.state !== 'OVER') continue;
      if (!applicableRules(planned.rules, event).some((r) => r.id === rule.id)) continue;
      if (effective.effectiveFrom.getTime() > event.startsAt.getTime()) continue;
      const start = rule.anchor === ReminderAnchor.START;
      const anchor = start ? event.startsAt : event.endsAt;
      const due = dueAt(
        start ? event.start : event.end,
        event.timeZone,
        rule.offsetDays,
        rule.offsetMinutes,
      );
      const mails = rows.filter(
        (r) =>
          r.eventId === event.id && r.kind === ReminderKind.REMINDER && same(r.anchorAt, anchor),
      );
      for (const recipientId of new Set(event.recipients[rule.audience] ?? [])) {
        const row =
          mails.find((r) => recipientOf(r) === recipientId && r.ruleId === rule.id) ??
          mails.find(
            (r) =>
              recipientOf(r) === recipientId && r.template === rule.template && same(r.dueAt, due),
          );
        if (!row) continue;
        previews.push({
          eventKind: event.kind,
          eventId: event.id,
          recipientId,
          contact: row.contactId != null,
          dueAt: row.dueAt!,
          status: row.status!,
          reason: row.reason ?? null,
        });
      }
    }
    return previews.sort(
      (a, b) =>
        a.dueAt.getTime() - b.dueAt.getTime() ||
        a.eventId.localeCompare(b.eventId) ||
        a.recipientId.localeCompare(b.recipientId),
    );
  }
}
