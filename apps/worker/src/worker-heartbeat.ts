import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import { ReminderDispatcher } from '@zyklus/reminders';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the worker says until when it counts as healthy (an ISO instant). */
export const HEARTBEAT_FILE = join(tmpdir(), 'zyklus-worker.healthy-until');

/** Leeway on top of the longest quiet spell a healthy worker has. */
const SLACK_MS = 60_000;

/**
 * The worker has no HTTP, so a container healthcheck cannot ask /health. Instead it writes, after
 * each batch its dispatcher records and each tick it finishes, the instant until which it counts
 * as healthy: the longer of three ticks and one lease (a batch may send for almost a lease against
 * a slow mail server), plus a minute. The Docker HEALTHCHECK reads that file; a worker whose ticks
 * fail (database gone) or hang goes unhealthy, a busy one does not.
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

  /** Writes the file when the dispatcher has made progress since the last write. */
  beat(): void {
    const progress = this.dispatcher.lastProgressAt?.getTime() ?? null;
    if (progress === null || progress === this.written) return;
    const { tickSeconds, leaseSeconds } = this.config.reminders;
    const quietMs = Math.max(3 * tickSeconds, leaseSeconds) * 1000;
    writeFileSync(HEARTBEAT_FILE, new Date(progress + quietMs + SLACK_MS).toISOString());
    this.written = progress;
  }
}
