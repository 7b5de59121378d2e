import { ValidateIf } from 'class-validator';

/**
 * For update inputs: the field may be left out, but an explicit `null` is validated (and so
 * rejected by the field's other rules) instead of silently clearing a required value.
 */
export const OptionalNotNull = (): PropertyDecorator =>
  ValidateIf((_object, value: unknown) => value !== undefined);
