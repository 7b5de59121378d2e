import { INestApplication, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@zyklus/config';
import { AppModule } from './app.module';
import { hardenHttp } from './http/http-hardening';

/** Creates the API application (used by main.ts and by the end-to-end tests). */
export async function createApi(
  config: AppConfig,
  logger: LoggerService | false,
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bufferLogs: true,
  });
  hardenHttp(app, config);
  // Behind a reverse proxy, the client address (rate limits) comes from X-Forwarded-For.
  app.set('trust proxy', config.trustProxy);
  app.enableShutdownHooks();
  return app;
}
