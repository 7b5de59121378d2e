import { QueryFailedError } from 'typeorm';

interface PgError {
  code?: string;
  constraint?: string;
}

function pgError(error: unknown): PgError | undefined {
  return error instanceof QueryFailedError ? (error.driverError as PgError) : undefined;
}

/** True when `error` is PostgreSQL rejecting a duplicate for the unique constraint `name`. */
export function isUniqueViolation(error: unknown, name: string): boolean {
  const pg = pgError(error);
  return pg?.code === '23505' && pg.constraint === name;
}

/** True when `error` is PostgreSQL rejecting a missing reference for the foreign key `name`. */
export function isForeignKeyViolation(error: unknown, name: string): boolean {
  const pg = pgError(error);
  return pg?.code === '23503' && pg.constraint === name;
}

/**
 * True when PostgreSQL aborted the statement because of a concurrent transaction: a deadlock
 * (40P01) or a serialization failure (40001). Running it again (after the other has finished)
 * is the remedy.
 */
export function isConcurrencyFailure(error: unknown): boolean {
  const code = pgError(error)?.code;
  return code === '40P01' || code === '40001';
}
