import { needs, WorkshopStatus } from './workshop-enums';
import { WorkshopEntity } from './workshop.entity';
import { linkMissing, placeMissing } from './workshop.errors';

/**
 * Online and hybrid workshops need a link, in-person and hybrid ones a place. Cohort and
 * local workshops (@zyklus/local-cycles) share this rule.
 */
export function checkPublishable(
  workshop: Pick<WorkshopEntity, 'format' | 'onlineUrl' | 'placeName'>,
): void {
  const required = needs(workshop.format);
  if (required.link && !workshop.onlineUrl) throw linkMissing();
  if (required.place && !workshop.placeName) throw placeMissing();
}

/** Statuses from which each schedule action may start. */
export const ACTION_FROM = {
  publish: [WorkshopStatus.DRAFT],
  reschedule: [WorkshopStatus.DRAFT, WorkshopStatus.PUBLISHED],
  cancel: [WorkshopStatus.DRAFT, WorkshopStatus.PUBLISHED],
  complete: [WorkshopStatus.PUBLISHED],
} as const;
