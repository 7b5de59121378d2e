import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import { ReminderDispatcher } from '@zyklus/reminders';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the worker says until when it counts as healthy (an ISO instant). */
export const HEARTBEAT_FILE = join(tmpdir(), 'zyklus-worker.healthy-until');

/** A tick may run late by this much (a long batch) before the worker counts as unhealthy. */
const SLACK_MS = 60_000;

/**
 * The worker has no HTTP, so a container healthcheck cannot ask /health. Instead it writes, after
 * each successful dispatcher tick, the instant until which it counts as healthy: three ticks and
 * a minute later. The Docker HEALTHCHECK reads that file; a worker whose ticks fail (database
 * gone) or stop goes unhealthy.
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private written: number | null = null;

  constructor(
    private readonly dispatcher: ReminderDispatcher,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.beat(), 5_000);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Writes the file when the dispatcher has ticked since the last write. */
  beat(): void {
    const tick = this.dispatcher.lastTickAt?.getTime() ?? null;
    if (tick === null || tick === this.written) return;
    const tickMs = this.config.reminders.tickSeconds * 1000;
    writeFileSync(HEARTBEAT_FILE, new Date(tick + 3 * tickMs + SLACK_MS).toISOString());
    this.written = tick;
  }
}
