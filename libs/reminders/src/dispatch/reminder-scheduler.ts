import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ReminderSettings } from '../planning/reminder-settings';
import { ReminderDispatcher } from './reminder-dispatcher';

const INTERVAL = 'reminder-dispatcher';

/**
 * Runs the dispatcher every REMINDER_TICK (30 s by default) through @nestjs/schedule, unless
 * SCHEDULER_ENABLED=false; ticks never overlap within one process, and any number of processes
 * may tick against one database.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly registry: SchedulerRegistry,
    private readonly dispatcher: ReminderDispatcher,
    private readonly settings: ReminderSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.schedulerEnabled) {
      this.logger.log('Reminder dispatcher off (SCHEDULER_ENABLED=false)');
      return;
    }
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.run(), this.settings.tickMs),
    );
    this.logger.log(
      `Reminder dispatcher on: every ${this.settings.tickMs / 1000} s as ${this.dispatcher.instance}`,
    );
    void this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', INTERVAL)) this.registry.deleteInterval(INTERVAL);
    await this.running;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = this.dispatcher.tick().catch((error: unknown) => {
      this.logger.error(`Tick failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }
}
