import { ValidateBy, ValidationOptions } from 'class-validator';
import { isLocalDate } from '../scalars/local-date.scalar';

/** A real calendar date written as YYYY-MM-DD. */
export const IsLocalDate = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    { name: 'isLocalDate', validator: { validate: (value) => isLocalDate(value) } },
    options,
  );
