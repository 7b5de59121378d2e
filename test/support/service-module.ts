import { DynamicModule, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { Clock, ClockModule } from '@zyklus/common';
import { ConfigModule, loadConfig } from '@zyklus/config';
import { DatabaseModule } from '@zyklus/database';
import { MailModule } from '@zyklus/mail';
import { DataSource } from 'typeorm';
import { Given } from './given';
import { createTestDatabase, TestDatabase } from './test-database';

/** Services of some libraries on their own fresh database, without HTTP. */
export class ServiceTestModule {
  readonly given: Given;

  private constructor(
    readonly module: TestingModule,
    readonly database: TestDatabase,
  ) {
    this.given = new Given(module.get(DataSource));
  }

  /** `clock`: a clock the test sets (TestClock), instead of the system's. */
  static async start(
    imports: (Type | DynamicModule)[],
    env: NodeJS.ProcessEnv = {},
    clock?: Clock,
  ): Promise<ServiceTestModule> {
    const database = await createTestDatabase();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(database.poolSize),
      SEED_DEMO_DATA: 'false',
      // Tests drive the reminder dispatcher themselves.
      SCHEDULER_ENABLED: 'false',
      ...env,
    });
    const builder = Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(config),
        ClockModule,
        MailModule,
        DatabaseModule.forRoot({ applicationName: 'zyklus-test' }),
        ...imports,
      ],
    });
    if (clock) builder.overrideProvider(Clock).useValue(clock);
    const module = await builder.compile();
    await module.init();
    return new ServiceTestModule(module, database);
  }

  get<T>(type: Type<T>): T {
    return this.module.get(type);
  }

  async close(): Promise<void> {
    await this.module.close();
    await this.database.drop();
  }
}
