import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * The length of `value` as PostgreSQL's `char_length` (and so `varchar(n)`) counts it: in code
 * points. Unlike class-validator's `MaxLength`, variation selectors (U+FE0E, U+FE0F) count.
 */
export function charLength(value: string): number {
  let length = 0;
  for (const _ of value) length += 1;
  return length;
}

/**
 * Text of at most `max` characters, counted like PostgreSQL counts them, so whatever passes
 * fits the `varchar(max)` column behind it. Use this, never `MaxLength`, on bounded inputs.
 */
export const MaxChars = (max: number, options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'maxChars',
      constraints: [max],
      validator: {
        validate: (value) => typeof value === 'string' && charLength(value) <= max,
        defaultMessage: () => `must be at most ${max} characters long`,
      },
    },
    options,
  );
