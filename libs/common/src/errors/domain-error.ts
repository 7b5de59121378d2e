import { Language, LocalizedText } from '../i18n/language';
import { ErrorCode } from './error-code';

/** One problem with one input field, e.g. `{ field: 'endDate', message: … }`. */
export interface FieldProblem {
  field: string;
  message: LocalizedText;
  /** Stable, machine-readable why, e.g. `TOO_LONG` (clients never parse message text). */
  reason?: string;
}

/**
 * Base of every error a service throws on purpose. It carries a code (mapped to GraphQL
 * `extensions.code` by the one exception filter) and a people-facing text in every language.
 * Services never throw HTTP or GraphQL errors.
 */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  /**
   * Stable, machine-readable reason (GraphQL `extensions.reason`), e.g. `COHORT_FULL`. Clients
   * decide on code and reason, never on the message. Without one, the answer's reason is the
   * first field's reason, else the code.
   */
  reason?: string;

  constructor(
    readonly text: LocalizedText,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(text.en);
    this.name = new.target.name;
  }

  /** Names the error's machine-readable reason: `throw new ConflictError(…).because('COHORT_FULL')`. */
  because(reason: string): this {
    this.reason = reason;
    return this;
  }
}

/** Input that cannot be accepted; names the offending fields. */
export class BadUserInputError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;

  /** One bad field: the message is also the error's text. */
  static field(field: string, message: LocalizedText, reason?: string): BadUserInputError {
    const error = new BadUserInputError(message, [{ field, message, reason }]);
    return reason ? error.because(reason) : error;
  }

  /** Several bad fields, e.g. from validation. */
  static fields(problems: readonly FieldProblem[]): BadUserInputError {
    const list = (language: Language) =>
      problems.map((p) => `${p.field}: ${p.message[language]}`).join('; ');
    return new BadUserInputError(
      {
        de: `Ungültige Eingabe – ${list(Language.DE)}`,
        en: `Invalid input – ${list(Language.EN)}`,
      },
      problems,
    );
  }
}

/** The object does not exist (or the caller may not know that it does). */
export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;

  static of(kind: LocalizedText, field?: string): NotFoundError {
    const text = { de: `${kind.de} nicht gefunden.`, en: `${kind.en} not found.` };
    return new NotFoundError(text, field ? [{ field, message: text }] : []);
  }
}

/** The change contradicts the current state (a duplicate, a concurrent change). */
export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

/** Signed in, but not allowed to do this. */
export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}

/** Not signed in, or the credentials are invalid or expired. */
export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}

/** Too many attempts in a short time; try again later. */
export class TooManyRequestsError extends DomainError {
  readonly code = ErrorCode.TOO_MANY_REQUESTS;
}

/** A part Zyklus needs (the database) did not answer in time; try again later. */
export class ServiceUnavailableError extends DomainError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
}
