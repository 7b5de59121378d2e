import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { WebAppMiddleware } from './web-app.middleware';

/** The web app at / (see WebAppMiddleware). */
@Module({})
export class WebAppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(WebAppMiddleware).forRoutes('{*path}');
  }
}
