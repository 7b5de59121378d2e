import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from '@zyklus/common';
import { ConfigurationError, loadConfig } from '@zyklus/config';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const config = loadConfig();
  process.env.TZ = config.timeZone;
  const logger = createLogger({ ...config.log, name: 'zyklus-worker' });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger,
    bufferLogs: true,
  });
  app.enableShutdownHooks();
  // Nothing is scheduled yet: keep the process alive until it is told to stop.
  const idle = setInterval(() => undefined, 60 * 60 * 1000);
  app.flushLogs();
  Logger.log('Worker ready (no jobs scheduled yet)', 'Worker');
  process.once('SIGTERM', () => clearInterval(idle));
  process.once('SIGINT', () => clearInterval(idle));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
