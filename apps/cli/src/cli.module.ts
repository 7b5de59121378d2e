import { DynamicModule, Module } from '@nestjs/common';
import { ClockModule } from '@zyklus/common';
import { AppConfig, ConfigModule } from '@zyklus/config';
import { DatabaseModule } from '@zyklus/database';
import { IdentityModule } from '@zyklus/identity';
import { MailModule } from '@zyklus/mail';

/** What the command line needs: configuration, database (migrated), people. */
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
      ],
    };
  }
}
