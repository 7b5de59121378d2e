import { applyDecorators } from '@nestjs/common';
import { IsDate, ValidateBy } from 'class-validator';

/** The years an instant may have: what PostgreSQL stores and people mean (0001–9999). */
export const INSTANT_YEARS = { min: 1, max: 9999 } as const;

/** True unless `value` is a valid Date outside INSTANT_YEARS (an invalid Date is IsDate's). */
export function isInstantInRange(value: unknown): boolean {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return true;
  const year = value.getUTCFullYear();
  return year >= INSTANT_YEARS.min && year <= INSTANT_YEARS.max;
}

/**
 * A DateTime argument: a readable instant (reason DATE_TIME) within the years PostgreSQL can
 * compare with (reason OUT_OF_RANGE), e.g. not `-271821-04-20T00:00:00Z`, which JavaScript
 * reads but no column holds.
 */
export const IsInstant = (): PropertyDecorator =>
  applyDecorators(
    // Declared first so that it speaks for the field when the value is no date at all.
    IsDate(),
    ValidateBy({ name: 'instantInRange', validator: { validate: isInstantInRange } }),
  );
