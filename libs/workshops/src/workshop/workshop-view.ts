import { Injectable } from '@nestjs/common';
import { CohortByIdLoader, CohortEntity, ProgrammeByIdLoader } from '@zyklus/cohorts';
import { Language, RequestLoaders } from '@zyklus/common';
import { AppConfig } from '@zyklus/config';
import { Actor } from '@zyklus/identity';
import { holidaySentences, holidaysOnDays } from '../holidays/holiday-warnings';
import { dayWarnings, recorded, withInstants } from './workshop-days';
import { WorkshopChangesLoader, WorkshopDaysLoader } from './workshop.loaders';
import { WorkshopEntity } from './workshop.entity';

/** Reads around workshops through the request's DataLoaders only. */
@Injectable()
export class WorkshopView {
  constructor(
    private readonly cohortById: CohortByIdLoader,
    private readonly programmeById: ProgrammeByIdLoader,
    private readonly daysByWorkshop: WorkshopDaysLoader,
    private readonly changesByWorkshop: WorkshopChangesLoader,
    private readonly config: AppConfig,
  ) {}

  async cohortOf(loaders: RequestLoaders, workshop: WorkshopEntity): Promise<CohortEntity> {
    const cohort = await loaders.for(this.cohortById).load(workshop.cohortId);
    if (!cohort) throw new Error(`Workshop ${workshop.id} without cohort`);
    return cohort;
  }

  /** The programme's time zone, in which the days' wall-clock times are read. */
  async timeZone(loaders: RequestLoaders, workshop: WorkshopEntity): Promise<string> {
    return this.timeZoneOfCohort(loaders, await this.cohortOf(loaders, workshop));
  }

  async timeZoneOfCohort(loaders: RequestLoaders, cohort: CohortEntity): Promise<string> {
    const programme = await loaders.for(this.programmeById).load(cohort.programmeId);
    return programme?.timeZone ?? this.config.timeZone;
  }

  async days(loaders: RequestLoaders, workshop: WorkshopEntity) {
    return recorded(await loaders.for(this.daysByWorkshop).load(workshop.id));
  }

  async daysWithInstants(loaders: RequestLoaders, workshop: WorkshopEntity) {
    const [days, timeZone] = await Promise.all([
      this.days(loaders, workshop),
      this.timeZone(loaders, workshop),
    ]);
    return days.map((day) => withInstants(day, timeZone));
  }

  /** Days outside the cohort's period or on a weekend: for program managers; empty for others. */
  async warnings(actor: Actor, loaders: RequestLoaders, workshop: WorkshopEntity) {
    if (!actor.isProgramManager) return [];
    const [days, cohort] = await Promise.all([
      this.days(loaders, workshop),
      this.cohortOf(loaders, workshop),
    ]);
    const language = actor.language === Language.EN ? 'en' : 'de';
    return [
      ...dayWarnings(days, cohort, language),
      ...holidaySentences(holidaysOnDays(workshop.bundesland, days), language),
    ];
  }

  /** The days that fall on a public holiday of the workshop's Bundesland. */
  async holidays(loaders: RequestLoaders, workshop: WorkshopEntity) {
    return holidaysOnDays(workshop.bundesland, await this.days(loaders, workshop));
  }

  /** Publication, reschedules, changes, cancellation: program managers only, null for others. */
  changes(actor: Actor, loaders: RequestLoaders, workshop: WorkshopEntity) {
    if (!actor.isProgramManager) return null;
    return loaders.for(this.changesByWorkshop).load(workshop.id);
  }
}
