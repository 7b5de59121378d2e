import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@zyklus/common';
import { DataSource } from 'typeorm';
import { ReminderSettings } from '../planning/reminder-settings';
import { ReminderDispatcher } from './reminder-dispatcher';

/**
 * For /health: when this process's dispatcher last ticked, and how many pending reminders are
 * overdue (due more than two ticks ago) across all instances. Informative: a backlog does not
 * make the instance unready.
 */
@Injectable()
export class ReminderHealth {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly dispatcher: ReminderDispatcher,
    private readonly settings: ReminderSettings,
    private readonly clock: Clock,
  ) {}

  async check() {
    const now = this.clock.now();
    const [row]: { overdue: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS overdue FROM reminder WHERE status = 'PENDING' AND next_attempt_at < $1`,
      [new Date(now.getTime() - 2 * this.settings.tickMs)],
    );
    return this.indicators.check('reminders').up({
      dispatcher: this.settings.schedulerEnabled ? 'on' : 'off',
      lastTickAt: this.dispatcher.lastTickAt?.toISOString() ?? null,
      overduePending: row?.overdue ?? 0,
    });
  }
}
