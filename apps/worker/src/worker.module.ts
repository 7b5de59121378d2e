import { DynamicModule, Module } from '@nestjs/common';
import { BuddiesModule } from '@zyklus/buddies';
import { ClockModule } from '@zyklus/common';
import { AppConfig, ConfigModule } from '@zyklus/config';
import { DatabaseModule } from '@zyklus/database';
import { MailModule } from '@zyklus/mail';
import { PrivacyModule } from '@zyklus/privacy';
import { RemindersModule } from '@zyklus/reminders';
import { WorkshopsModule } from '@zyklus/workshops';
import { PeerRoundsModule } from '@zyklus/peer-rounds';
import { WorkerHeartbeat } from './worker-heartbeat';

/**
 * The background process for split deployments: the reminder dispatcher (and the daily
 * retention job of data protection) without HTTP, against
 * the same database. Run the api with SCHEDULER_ENABLED=false next to it, or not: any number of
 * dispatchers may run at once. It writes a heartbeat file for container healthchecks.
 */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        MailModule,
        DatabaseModule.forRoot({ applicationName: 'zyklus-worker' }),
        RemindersModule,
        // The kinds of event with reminders: each context registers its adapter.
        WorkshopsModule,
        BuddiesModule,
        PrivacyModule,
        PeerRoundsModule,
      ],
      providers: [WorkerHeartbeat],
    };
  }
}
