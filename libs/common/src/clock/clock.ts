import { Global, Injectable, Module } from '@nestjs/common';
import { localDateOf } from '../time/local-date';

/**
 * The time as the application sees it. Inject it instead of calling `new Date()` wherever
 * time decides something (token expiry, rate limits, due reminders), so tests can set it.
 */
export abstract class Clock {
  abstract now(): Date;

  /** Today's calendar date (YYYY-MM-DD) in `timeZone`, e.g. the programme's. */
  today(timeZone: string): string {
    return localDateOf(this.now(), timeZone);
  }
}

@Injectable()
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Provides the system clock everywhere; tests override `Clock`. */
@Global()
@Module({ providers: [{ provide: Clock, useClass: SystemClock }], exports: [Clock] })
export class ClockModule {}
