import { DynamicModule, Module } from '@nestjs/common';
import { BuddiesModule } from '@zyklus/buddies';
import { ClockModule } from '@zyklus/common';
import { AppConfig, ConfigModule } from '@zyklus/config';
import { DatabaseModule } from '@zyklus/database';
import { IdentityModule } from '@zyklus/identity';
import { MailModule } from '@zyklus/mail';
import { RemindersModule } from '@zyklus/reminders';
import { WorkshopsModule } from '@zyklus/workshops';
import { PeerRoundsModule } from '@zyklus/peer-rounds';

/**
 * What the command line needs: configuration, database (migrated), people, and the reminders'
 * listeners, so a new program manager gets the reminders meant for program managers (their
 * dispatcher stays off: main.ts turns the scheduler off).
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        MailModule,
        DatabaseModule.forRoot({ applicationName: 'zyklus-cli' }),
        IdentityModule,
        RemindersModule,
        // The kinds of event with reminders: each context registers its adapter.
        WorkshopsModule,
        BuddiesModule,
        PeerRoundsModule,
      ],
    };
  }
}
