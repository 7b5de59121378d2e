import { HttpException, HttpStatus } from '@nestjs/common';
import { Language, LocalizedText } from '../i18n/language';
import {
  BadUserInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './domain-error';
import { ErrorCode } from './error-code';

/** What a client receives for an error, whichever the transport. */
export interface ErrorPresentation {
  code: ErrorCode;
  status: HttpStatus;
  message: string;
  /** Machine-readable why (see DomainError.reason); always set. */
  reason: string;
  fields?: { field: string; message: string; reason?: string }[];
  /**
   * Set for errors logged with their stack: unexpected ones, and safety nets that mean an input
   * check is missing (a text too long for its column).
   */
  unexpected?: unknown;
}

const STATUS: Record<ErrorCode, HttpStatus> = {
  [ErrorCode.BAD_USER_INPUT]: HttpStatus.BAD_REQUEST,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
  [ErrorCode.CONFLICT]: HttpStatus.CONFLICT,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.TOO_MANY_REQUESTS]: HttpStatus.TOO_MANY_REQUESTS,
  [ErrorCode.INTERNAL_SERVER_ERROR]: HttpStatus.INTERNAL_SERVER_ERROR,
  [ErrorCode.SERVICE_UNAVAILABLE]: HttpStatus.SERVICE_UNAVAILABLE,
};

const INTERNAL: LocalizedText = {
  de: 'Interner Fehler. Bitte versuchen Sie es später noch einmal.',
  en: 'Internal error. Please try again later.',
};

const sqlState = (error: unknown): unknown =>
  (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;

/**
 * What the pg driver says when the database did not answer in time: no connection within
 * DATABASE_CONNECT_TIMEOUT, or no answer to a statement within its timeout (a stalled network).
 */
const DRIVER_TIMEOUTS = [
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  'Query read timeout',
];

function isDatabaseTimeout(error: unknown): boolean {
  // 57014: PostgreSQL cancelled the statement (statement_timeout).
  if (sqlState(error) === '57014') return true;
  const message = error instanceof Error ? error.message : '';
  return DRIVER_TIMEOUTS.some((text) => message.includes(text));
}

const databaseTimeout = () =>
  new ServiceUnavailableError({
    de: 'Die Datenbank antwortet gerade nicht. Bitte versuchen Sie es gleich noch einmal.',
    en: 'The database is not answering right now. Please try again in a moment.',
  }).because('DATABASE_TIMEOUT');

/** PostgreSQL's answer when a constraint caught what a service's own checks did not. */
function fromDatabase(error: unknown): DomainError | undefined {
  switch (sqlState(error)) {
    case '23505':
      return new ConflictError({
        de: 'Ein Eintrag mit diesen Werten existiert bereits.',
        en: 'An entry with these values already exists.',
      }).because('DUPLICATE');
    case '23503':
      return new NotFoundError({
        de: 'Ein referenzierter Eintrag existiert nicht (mehr).',
        en: 'A referenced entry does not exist (any more).',
      }).because('REFERENCE_MISSING');
    case '22001':
      // A text longer than its varchar column: inputs check lengths with MaxChars, so this
      // is only the safety net.
      return new BadUserInputError({
        de: 'Ein Text ist länger, als gespeichert werden kann.',
        en: 'A text is longer than can be stored.',
      }).because('TOO_LONG');
    case '22021':
      // PostgreSQL stores no NUL character (U+0000) in text.
      return new BadUserInputError({
        de: 'Ein Text enthält ein unzulässiges Zeichen (U+0000).',
        en: 'A text contains a character that cannot be stored (U+0000).',
      }).because('INVALID_CHARACTER');
    case '23514':
    case '22P02':
      return new BadUserInputError({
        de: 'Die Eingabe verletzt eine Regel der Datenbank.',
        en: 'The input breaks a rule of the database.',
      }).because('CONSTRAINT_VIOLATED');
    case '40001':
    case '40P01':
      return new ConflictError({
        de: 'Gleichzeitige Änderung. Bitte versuchen Sie es noch einmal.',
        en: 'Concurrent change. Please try again.',
      }).because('CONCURRENT_CHANGE');
    default:
      return undefined;
  }
}

function fromHttp(error: HttpException): DomainError | undefined {
  const text = { de: error.message, en: error.message };
  switch (error.getStatus()) {
    case 400:
      return new BadUserInputError(text);
    case 401:
      return new UnauthenticatedError(text);
    case 403:
      return new ForbiddenError(text);
    case 404:
      return new NotFoundError(text);
    case 409:
      return new ConflictError(text);
    case 429:
      return new TooManyRequestsError(text);
    default:
      // Any other client error (413 Payload Too Large, 405, 422 …) is the caller's input;
      // 5xx are ours and stay internal (and logged).
      return error.getStatus() < 500 ? new BadUserInputError(text) : undefined;
  }
}

/**
 * Maps any error to what the client may see, in the caller's language. Domain errors keep
 * their code and fields; database constraint violations become CONFLICT / BAD_USER_INPUT /
 * NOT_FOUND; Nest's 4xx exceptions their matching code (BAD_USER_INPUT where none fits);
 * anything else is INTERNAL_SERVER_ERROR, with its own message only outside production
 * (never a stack trace or SQL in production).
 */
export function presentError(
  error: unknown,
  language: Language,
  exposeInternals: boolean,
): ErrorPresentation {
  const domain =
    error instanceof DomainError
      ? error
      : error instanceof HttpException
        ? fromHttp(error)
        : isDatabaseTimeout(error)
          ? databaseTimeout()
          : fromDatabase(error);
  if (domain) {
    return {
      code: domain.code,
      status: STATUS[domain.code],
      message: domain.text[language],
      reason: domain.reason ?? domain.fields.find((f) => f.reason)?.reason ?? domain.code,
      fields: domain.fields.map((f) => ({
        field: f.field,
        message: f.message[language],
        ...(f.reason ? { reason: f.reason } : {}),
      })),
      // Logged: a text too long for its column means an input check is missing; a timeout is
      // what an operator must see.
      ...(sqlState(error) === '22001' || domain.code === ErrorCode.SERVICE_UNAVAILABLE
        ? { unexpected: error }
        : {}),
    };
  }
  const detail = exposeInternals && error instanceof Error ? ` (${error.message})` : '';
  return {
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    status: HttpStatus.INTERNAL_SERVER_ERROR,
    message: INTERNAL[language] + detail,
    reason: ErrorCode.INTERNAL_SERVER_ERROR,
    unexpected: error,
  };
}
