import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@zyklus/config';
import { ReminderDispatcher } from '@zyklus/reminders';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where the worker says until when it counts as healthy (an ISO instant). */
export const HEARTBEAT_FILE = join(tmpdir(), 'zyklus-worker.healthy-until');

/** How often the worker renews the mark while its event loop runs. */
export const BEAT_MS = 5_000;
/** On top of one tick: a beat's interval and a little leeway for a busy event loop. */
export const ALIVE_MARGIN_MS = 15_000;
/** Leeway on top of the longest quiet spell a healthy dispatcher has. */
const PROGRESS_SLACK_MS = 60_000;

/**
 * Until when the worker counts as healthy, written at `nowMs`: while it lives, one tick and a
 * margin from now, so that a frozen worker (event loop blocked, process stopped) goes stale
 * within one tick plus 15 s; but never beyond the longest quiet spell a working dispatcher has
 * since its last progress (three ticks or one lease, for a batch sending against a slow mail
 * server, plus a minute), so a dispatcher whose ticks fail or hang goes stale too.
 */
export function healthyUntil(
  nowMs: number,
  lastProgressMs: number,
  settings: { tickSeconds: number; leaseSeconds: number },
): number {
  const alive = nowMs + settings.tickSeconds * 1000 + ALIVE_MARGIN_MS;
  const quietMs = Math.max(3 * settings.tickSeconds, settings.leaseSeconds) * 1000;
  return Math.min(alive, lastProgressMs + quietMs + PROGRESS_SLACK_MS);
}

/**
 * The worker has no HTTP, so a container healthcheck cannot ask /health. Instead it writes,
 * every 5 s once its dispatcher has made progress, the instant until which it counts as healthy
 * (`healthyUntil`). The Docker HEALTHCHECK reads that file.
 */
@Injectable()
export class WorkerHeartbeat implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly dispatcher: ReminderDispatcher,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.beat(), BEAT_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Renews the mark once the dispatcher has made progress (before that, the start period counts). */
  beat(): void {
    const progress = this.dispatcher.lastProgressAt?.getTime() ?? null;
    if (progress === null) return;
    const until = healthyUntil(Date.now(), progress, this.config.reminders);
    writeFileSync(HEARTBEAT_FILE, new Date(until).toISOString());
  }
}
