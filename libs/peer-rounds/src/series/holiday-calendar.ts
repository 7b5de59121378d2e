import { Injectable } from '@nestjs/common';

/** Where a group's members are, so a series can leave out their public holidays. */
export interface HolidayScope {
  /** The Bundesländer of the networks the members coordinate. */
  bundeslaender: readonly string[];
}

/**
 * The one hook through which a series leaves out public holidays: `skipper` answers whether a
 * day is off. This default knows no holidays; the holiday work (issue 18) replaces it with the
 * shared holiday module.
 */
@Injectable()
export class PeerHolidayCalendar {
  skipper(_scope: HolidayScope): (date: string) => boolean {
    return () => false;
  }
}
