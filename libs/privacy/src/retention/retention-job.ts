import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, localDateOf } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { PrivacyAction } from '../audit/privacy-audit-entry.entity';
import { PrivacyAudit } from '../audit/privacy-audit';
import { RetentionRunEntity } from './retention-run.entity';
import { RetentionService } from './retention.service';

const INTERVAL = 'privacy-retention';
/** How often a process looks whether today's run is done (it runs once a day in all). */
export const RETENTION_CHECK_MS = 60 * 60_000;
/** Advisory lock key of the daily run: instances queue on it, the first one runs. */
const RETENTION_LOCK = 0x5a19_0001;

/**
 * The daily retention job. Every process with the scheduler (the api unless
 * SCHEDULER_ENABLED=false, and the worker) looks every hour; the run of a day happens once in
 * all: under a transaction-level advisory lock, and only if `retention_run` has no row for the
 * day (its key). Deletions, the run's row and the audit entry commit together.
 */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private running: Promise<unknown> | null = null;
  private readonly instance = `${hostname()}:${process.pid}`.slice(0, 100);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly retention: RetentionService,
    private readonly audit: PrivacyAudit,
    private readonly registry: SchedulerRegistry,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.reminders.schedulerEnabled) return;
    this.registry.addInterval(
      INTERVAL,
      setInterval(() => void this.tick(), RETENTION_CHECK_MS),
    );
    void this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('interval', INTERVAL)) this.registry.deleteInterval(INTERVAL);
    await this.running;
  }

  /**
   * Runs today's retention unless some process already did: the run's counts per data class,
   * or null when today's run exists.
   */
  async runToday(): Promise<Record<string, number> | null> {
    const now = this.clock.now();
    const day = localDateOf(now, this.config.timeZone);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock($1)`, [RETENTION_LOCK]);
      if (await manager.existsBy(RetentionRunEntity, { day })) return null;
      const counts: Record<string, number> = {};
      for (const { dataClass, count } of await this.retention.enforce(manager, now, false)) {
        counts[dataClass] = count;
      }
      await manager.insert(RetentionRunEntity, {
        day,
        ranAt: now,
        counts,
        instance: this.instance,
      });
      await this.audit.record(manager, {
        action: PrivacyAction.RETENTION_RUN,
        actorPersonId: null,
        subjectPersonId: null,
        details: counts,
      });
      return counts;
    });
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.runToday()
      .then((counts) => {
        if (counts) this.logger.log(`Retention run: ${JSON.stringify(counts)}`);
      })
      .catch((error: unknown) => {
        this.logger.error(
          `Retention run failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
    try {
      await this.running;
    } finally {
      this.running = null;
    }
  }
}
