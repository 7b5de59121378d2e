import { Clock } from '@zyklus/common';

/** A clock tests set and move: `clock.advance({ minutes: 16 })`, never real waiting. */
export class TestClock extends Clock {
  private current: Date;

  constructor(start: Date | string = new Date()) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }

  advance({ days = 0, hours = 0, minutes = 0, seconds = 0 }): void {
    const ms = (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
    this.current = new Date(this.current.getTime() + ms);
  }
}
