import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsEmail } from 'class-validator';
import { MaxChars } from '@zyklus/common';

/** An email address, trimmed and lower-cased before it is checked and stored. */
export const EmailAddress = (): PropertyDecorator =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' ? value.trim().toLowerCase() : value,
    ),
    IsEmail({ allow_display_name: false, allow_utf8_local_part: true }),
    MaxChars(254),
  );
