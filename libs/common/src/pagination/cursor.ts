import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-error';
import { isLocalDate } from '../scalars/local-date.scalar';

export type CursorValue = string | number;

/** What each position of a cursor holds; checked before any value reaches SQL. */
export type CursorPart = 'date' | 'int' | 'uuid' | 'string';

const CHECKS: Record<CursorPart, (value: unknown) => boolean> = {
  date: isLocalDate,
  int: (value) => Number.isSafeInteger(value),
  uuid: (value) => typeof value === 'string' && isUUID(value),
  string: (value) => typeof value === 'string',
};

/** An opaque cursor for a keyset position, e.g. `[startDate, number, id]`. */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

const invalidCursor = () =>
  BadUserInputError.field('after', {
    de: 'Ungültiger Cursor: Verwenden Sie einen endCursor aus einer vorherigen Antwort.',
    en: 'Invalid cursor: use an endCursor from an earlier answer.',
  });

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
