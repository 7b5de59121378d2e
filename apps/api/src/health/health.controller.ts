import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '@zyklus/identity';
import { ReminderHealth } from '@zyklus/reminders';

/**
 * Readiness: 200 when the database answers, 503 otherwise; with the reminder dispatcher's last
 * tick and the number of overdue pending reminders.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly reminders: ReminderHealth,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      () => this.reminders.check(),
    ]);
  }
}
