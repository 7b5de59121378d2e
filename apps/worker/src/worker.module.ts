import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@zyklus/config';
import { DatabaseModule } from '@zyklus/database';

/**
 * The background process for split deployments: no HTTP, same database. For now it connects
 * and migrates; the reminder dispatcher moves in with the reminders issue.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot({ applicationName: 'zyklus-worker' }),
      ],
    };
  }
}
