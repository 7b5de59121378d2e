import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorResult,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import { AppConfig } from '@zyklus/config';
import { Public } from '@zyklus/identity';
import { ReminderHealth } from '@zyklus/reminders';

/**
 * Readiness: 200 when the database answers, 503 otherwise; with the reminder dispatcher's last
 * tick and the number of overdue pending reminders. Every check has HEALTH_TIMEOUT: a stalled
 * database (no answer at all) makes /health answer 503 in time, never hang or answer 500.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly reminders: ReminderHealth,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @SkipThrottle()
  @Get()
  @HealthCheck()
  check() {
    const timeoutMs = this.config.http.healthTimeoutSeconds * 1000;
    return this.health.check([
      () =>
        this.within('database', timeoutMs, () =>
          this.database.pingCheck('database', { timeout: timeoutMs }),
        ),
      () => this.within('reminders', timeoutMs, () => this.reminders.check()),
    ]);
  }

  /** `check` as it answers within `timeoutMs`, else (or when it throws) the indicator down. */
  private async within(
    key: string,
    timeoutMs: number,
    check: () => PromiseLike<HealthIndicatorResult>,
  ): Promise<HealthIndicatorResult> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
    });
    try {
      const outcome = await Promise.race([Promise.resolve(check()), late]);
      if (typeof outcome !== 'string') return outcome;
      return this.indicators.check(key).down({ message: outcome });
    } catch (error) {
      // Terminus answers 500 for anything but its own "down": a failed check is a 503.
      if (error instanceof ServiceUnavailableException) throw error;
      const message = error instanceof Error ? error.message : String(error);
      return this.indicators.check(key).down({ message });
    } finally {
      clearTimeout(timer);
    }
  }
}
