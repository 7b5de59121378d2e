import { ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TerminusModule } from '@nestjs/terminus';
import { BuddiesModule } from '@zyklus/buddies';
import { CohortsModule } from '@zyklus/cohorts';
import {
  AllErrorsFilter,
  ClockModule,
  createValidationPipe,
  EXPOSE_INTERNAL_ERRORS,
} from '@zyklus/common';
import { AppConfig, ConfigModule } from '@zyklus/config';
import { DatabaseModule } from '@zyklus/database';
import { DemoModule } from '@zyklus/demo';
import { IdentityModule } from '@zyklus/identity';
import { LocalCyclesModule } from '@zyklus/local-cycles';
import { MailModule } from '@zyklus/mail';
import { PrivacyModule } from '@zyklus/privacy';
import { PeerRoundsModule } from '@zyklus/peer-rounds';
import { RemindersModule } from '@zyklus/reminders';
import { WorkshopsModule } from '@zyklus/workshops';
import { graphqlOptions } from './graphql/graphql.options';
import { HealthController } from './health/health.controller';
import { AnonymousLimitModule } from './http/anonymous-limit';
import { WebAppModule } from './web/web-app.module';

/** The GraphQL server. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        // First: its guard runs before the sign-in guard, so refused requests count too.
        AnonymousLimitModule.forRoot(config),
        ConfigModule.forRoot(config),
        ClockModule,
        MailModule,
        DatabaseModule.forRoot({ applicationName: 'zyklus-api' }),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config)),
        TerminusModule.forRoot({ logger: false }),
        IdentityModule,
        CohortsModule,
        WorkshopsModule,
        LocalCyclesModule,
        RemindersModule,
        BuddiesModule,
        PrivacyModule,
        PeerRoundsModule,
        DemoModule,
        WebAppModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: EXPOSE_INTERNAL_ERRORS, useValue: !config.isProduction },
        { provide: APP_FILTER, useClass: AllErrorsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
