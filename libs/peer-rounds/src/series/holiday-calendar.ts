import { Injectable } from '@nestjs/common';
import { BundeslandKey, holidayOn } from '@zyklus/common';

/** Where a group's members are, so a series can leave out their public holidays. */
export interface HolidayScope {
  /** The Bundesländer of the networks the members coordinate. */
  bundeslaender: readonly string[];
}

/**
 * The one hook through which a series leaves out public holidays: a day is off when it is a
 * public holiday in the Bundesland of any current member's network (a Kollegiale Runde meets
 * across states; a member on a holiday would miss it). Backed by the shared holiday module
 * (date-holidays, @zyklus/common).
 */
@Injectable()
export class PeerHolidayCalendar {
  skipper(scope: HolidayScope): (date: string) => boolean {
    const states = scope.bundeslaender as readonly BundeslandKey[];
    return (date) => states.some((state) => holidayOn(state, date) !== null);
  }
}
