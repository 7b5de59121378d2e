import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from '@zyklus/common';
import { ConfigurationError, loadConfig } from '@zyklus/config';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  // The worker exists to dispatch reminders: its scheduler is always on.
  const config = loadConfig({ ...process.env, SCHEDULER_ENABLED: 'true' });
  process.env.TZ = config.timeZone;
  const logger = createLogger({ ...config.log, name: 'zyklus-worker' });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    logger,
    bufferLogs: true,
  });
  app.enableShutdownHooks();
  await app.init();
  app.flushLogs();
  Logger.log('Worker ready: dispatching reminders', 'Worker');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigurationError ? error.message : error);
  process.exit(1);
});
