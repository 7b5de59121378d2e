import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-error';
import { isLocalDate } from '../scalars/local-date.scalar';
import { isInstantInRange } from '../validation/is-instant.decorator';
import { unreadableTexts } from '../validation/unreadable-text';

export type CursorValue = string | number;

/**
 * What each position of a cursor holds; checked before any value reaches SQL, so that a forged
 * cursor is bad input, never a database error: `int` fits an integer column, `instant` is an
 * ISO 8601 instant PostgreSQL can compare with, `string` has no character a column refuses.
 */
export type CursorPart = 'date' | 'int' | 'uuid' | 'string' | 'instant';

const INT4 = 2 ** 31;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

const CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  date: isLocalDate,
  int: (value) => Number.isSafeInteger(value) && Math.abs(value as number) < INT4,
  uuid: (value) => typeof value === 'string' && isUUID(value),
  string: (value) => typeof value === 'string' && unreadableTexts(value, '').length === 0,
  instant: (value) =>
    typeof value === 'string' &&
    ISO_INSTANT.test(value) &&
    isInstantInRange(new Date(value)) &&
    !Number.isNaN(Date.parse(value)),
};

/** An opaque cursor for a keyset position, e.g. `[startDate, number, id]`. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const invalidCursor = () =>
  BadUserInputError.field(
    'after',
    {
      de: 'Ungültiger Cursor: Verwenden Sie einen endCursor aus einer vorherigen Antwort.',
      en: 'Invalid cursor: use an endCursor from an earlier answer.',
    },
    'INVALID_CURSOR',
  );

/** Decodes a cursor made by `encodeCursor`; BAD_USER_INPUT (field `after`) unless it has `parts`. */
export function decodeCursor(cursor: string, parts: readonly CursorPart[]): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const valid =
    Array.isArray(values) &&
    values.length === parts.length &&
    values.every((value, i) => CHECKS[parts[i]!](value));
  if (!valid) throw invalidCursor();
  return values as CursorValue[];
}
