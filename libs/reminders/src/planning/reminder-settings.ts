import { Injectable } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';

/** The reminder settings from the configuration, in milliseconds where they are durations. */
@Injectable()
export class ReminderSettings {
  constructor(private readonly config: AppConfig) {}

  get graceMs(): number {
    return this.config.reminders.graceSeconds * 1000;
  }

  get tickMs(): number {
    return this.config.reminders.tickSeconds * 1000;
  }

  get leaseMs(): number {
    return this.config.reminders.leaseSeconds * 1000;
  }

  /** How long after its claim a batch may still start a mail (the rest is retried). */
  get startWindowMs(): number {
    return this.config.reminders.startWindowSeconds * 1000;
  }

  get batchSize(): number {
    return this.config.reminders.batchSize;
  }

  get maxAttempts(): number {
    return this.config.reminders.maxAttempts;
  }

  get retryBaseMs(): number {
    return this.config.reminders.retryBaseSeconds * 1000;
  }

  get schedulerEnabled(): boolean {
    return this.config.reminders.schedulerEnabled;
  }
}
