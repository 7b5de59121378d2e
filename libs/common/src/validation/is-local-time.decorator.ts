import { ValidateBy, ValidationOptions } from 'class-validator';
import { isLocalTime } from '../scalars/local-time.scalar';

/** A wall-clock time written as HH:MM. */
export const IsLocalTime = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    { name: 'isLocalTime', validator: { validate: (value) => isLocalTime(value) } },
    options,
  );
