import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@zyklus/config';
import { AppModule } from './app.module';

/** Creates the API application (used by main.ts and by the end-to-end tests). */
export async function createApi(
  config: AppConfig,
  logger: LoggerService | false,
): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { logger, bufferLogs: true });
  app.enableShutdownHooks();
  return app;
}
