/**
 * One reminder dispatcher as a process of its own, for crash tests: started with the test's
 * DATABASE_URL and SMTP_URL and the clock at ZYKLUS_TEST_NOW, it ticks once and exits. The test
 * may kill it (SIGKILL) at any moment. Prints "ready" once it is about to tick.
 */
import 'reflect-metadata';
import 'tsconfig-paths/register';
import { Test } from '@nestjs/testing';
import { Clock, ClockModule } from '@zyklus/common';
import { ConfigModule, loadConfig } from '@zyklus/config';
import { DatabaseModule } from '@zyklus/database';
import { MailModule } from '@zyklus/mail';
import { ReminderDispatcher, RemindersModule } from '@zyklus/reminders';
import { WorkshopsModule } from '@zyklus/workshops';
import { TestClock } from './test-clock';

async function main(): Promise<void> {
  const clock = new TestClock(process.env.ZYKLUS_TEST_NOW ?? new Date());
  const module = await Test.createTestingModule({
    imports: [
      ConfigModule.forRoot(loadConfig(process.env)),
      ClockModule,
      MailModule,
      DatabaseModule.forRoot({ applicationName: 'zyklus-test-dispatcher' }),
      RemindersModule,
      WorkshopsModule,
    ],
  })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  await module.init();
  process.stdout.write('ready\n');
  const counts = await module.get(ReminderDispatcher).tick();
  process.stdout.write(`${JSON.stringify(counts)}\n`);
  await module.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
