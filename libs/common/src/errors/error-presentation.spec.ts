import {
  BadRequestException,
  ForbiddenException,
  HttpException,
  HttpStatus,
  InternalServerErrorException,
  MethodNotAllowedException,
  NotFoundException,
  PayloadTooLargeException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { IsString, MaxLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { Language } from '../i18n/language';
import { createValidationPipe } from '../validation/validation.pipe';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from './domain-error';
import { ErrorCode } from './error-code';
import { presentError } from './error-presentation';

const INTERNAL_DE = 'Interner Fehler. Bitte versuchen Sie es später noch einmal.';
const INTERNAL_EN = 'Internal error. Please try again later.';

/** A TypeORM QueryFailedError as PostgreSQL reports it, with SQL in its message. */
function databaseError(code: string): Error {
  return Object.assign(
    new Error('duplicate key value violates unique constraint "UQ_cohort_number": INSERT INTO …'),
    {
      query: 'INSERT INTO "cohort"("number") VALUES ($1)',
      driverError: { code },
    },
  );
}

class PlaceInput {
  @IsString()
  name!: string;
}

class CreateCohortInput {
  @IsString()
  @MaxLength(10)
  title!: string;

  @ValidateNested()
  @Type(() => PlaceInput)
  place!: PlaceInput;
}

/** What the global validation pipe throws for `value` as a CreateCohortInput. */
async function validationFailure(value: object): Promise<unknown> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: CreateCohortInput });
  } catch (error) {
    return error;
  }
  throw new Error('Expected the input to be refused');
}

describe('presentError', () => {
  describe('domain errors', () => {
    const cohortFull = new ConflictError({
      de: 'Der Durchgang ist voll.',
      en: 'The cohort is full.',
    }).because('COHORT_FULL');

    it("keep their code and speak the caller's language", () => {
      expect(presentError(cohortFull, Language.DE, false)).toEqual({
        code: ErrorCode.CONFLICT,
        status: HttpStatus.CONFLICT,
        message: 'Der Durchgang ist voll.',
        reason: 'COHORT_FULL',
        fields: [],
      });
      expect(presentError(cohortFull, Language.EN, false).message).toBe('The cohort is full.');
    });

    it("carry a reason: their own, else their first field's, else their code", () => {
      const tooLong = BadUserInputError.field(
        'title',
        { de: 'Zu lang.', en: 'Too long.' },
        'TOO_LONG',
      );
      const fieldOnly = BadUserInputError.fields([
        { field: 'a', message: { de: 'x', en: 'x' } },
        { field: 'b', message: { de: 'y', en: 'y' }, reason: 'OUT_OF_RANGE' },
      ]);

      expect(presentError(tooLong, Language.EN, false)).toMatchObject({
        reason: 'TOO_LONG',
        fields: [{ field: 'title', message: 'Too long.', reason: 'TOO_LONG' }],
      });
      expect(presentError(fieldOnly, Language.EN, false).reason).toBe('OUT_OF_RANGE');
      expect(
        presentError(new ForbiddenError({ de: 'x', en: 'x' }), Language.EN, false).reason,
      ).toBe(ErrorCode.FORBIDDEN);
    });

    it.each([
      [new BadUserInputError({ de: 'x', en: 'x' }), ErrorCode.BAD_USER_INPUT, 400],
      [NotFoundError.of({ de: 'Durchgang', en: 'Cohort' }), ErrorCode.NOT_FOUND, 404],
      [new ForbiddenError({ de: 'x', en: 'x' }), ErrorCode.FORBIDDEN, 403],
      [new UnauthenticatedError({ de: 'x', en: 'x' }), ErrorCode.UNAUTHENTICATED, 401],
      [new TooManyRequestsError({ de: 'x', en: 'x' }), ErrorCode.TOO_MANY_REQUESTS, 429],
    ])('%s becomes %s with HTTP %i', (error, code, status) => {
      const answer = presentError(error, Language.DE, false);

      expect(answer.code).toBe(code);
      expect(answer.status).toBe(status);
      expect(answer.unexpected).toBeUndefined();
    });

    it('name what was not found, in German and in English', () => {
      const error = NotFoundError.of({ de: 'Durchgang', en: 'Cohort' }, 'cohortId');

      expect(presentError(error, Language.DE, false)).toMatchObject({
        message: 'Durchgang nicht gefunden.',
        fields: [{ field: 'cohortId', message: 'Durchgang nicht gefunden.' }],
      });
      expect(presentError(error, Language.EN, false)).toMatchObject({
        message: 'Cohort not found.',
        fields: [{ field: 'cohortId', message: 'Cohort not found.' }],
      });
    });

    it('list each bad field with its message', () => {
      const error = BadUserInputError.fields([
        { field: 'endDate', message: { de: 'Liegt vor dem Beginn.', en: 'Is before the start.' } },
        { field: 'capacity', message: { de: 'Muss positiv sein.', en: 'Must be positive.' } },
      ]);

      expect(presentError(error, Language.EN, false)).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        status: HttpStatus.BAD_REQUEST,
        message: 'Invalid input – endDate: Is before the start.; capacity: Must be positive.',
        reason: ErrorCode.BAD_USER_INPUT,
        fields: [
          { field: 'endDate', message: 'Is before the start.' },
          { field: 'capacity', message: 'Must be positive.' },
        ],
      });
      expect(presentError(error, Language.DE, false).message).toBe(
        'Ungültige Eingabe – endDate: Liegt vor dem Beginn.; capacity: Muss positiv sein.',
      );
    });
  });

  describe('validation problems from the global pipe', () => {
    it('become one {field, message} per bad field, nested fields dotted', async () => {
      const error = await validationFailure({ title: 'x'.repeat(11), place: { name: 42 } });
      const answer = presentError(error, Language.EN, false);

      expect(answer.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(answer.status).toBe(HttpStatus.BAD_REQUEST);
      expect(answer.fields).toEqual([
        { field: 'title', message: 'Must be at most 10 characters long.', reason: 'TOO_LONG' },
        { field: 'place.name', message: 'Must be text.', reason: 'STRING' },
      ]);
    });

    it('say in German that a missing value is required', async () => {
      const error = await validationFailure({ place: { name: 'Halle' } });
      const answer = presentError(error, Language.DE, false);

      expect(answer.fields).toEqual([
        { field: 'title', message: 'Muss angegeben werden.', reason: 'REQUIRED' },
      ]);
      expect(answer.reason).toBe('REQUIRED');
      expect(answer.message).toBe('Ungültige Eingabe – title: Muss angegeben werden.');
    });

    it('refuse fields the input does not have', async () => {
      const error = await validationFailure({ title: 'Kick-off', place: { name: 'Halle' }, x: 1 });

      expect(presentError(error, Language.EN, false).fields).toEqual([
        { field: 'x', message: 'This field does not exist.', reason: 'UNKNOWN_FIELD' },
      ]);
    });
  });

  describe('database constraint violations', () => {
    it.each([
      [
        '23505',
        ErrorCode.CONFLICT,
        409,
        'Ein Eintrag mit diesen Werten existiert bereits.',
        'DUPLICATE',
      ],
      [
        '23503',
        ErrorCode.NOT_FOUND,
        404,
        'Ein referenzierter Eintrag existiert nicht (mehr).',
        'REFERENCE_MISSING',
      ],
      [
        '23514',
        ErrorCode.BAD_USER_INPUT,
        400,
        'Die Eingabe verletzt eine Regel der Datenbank.',
        'CONSTRAINT_VIOLATED',
      ],
      [
        '22P02',
        ErrorCode.BAD_USER_INPUT,
        400,
        'Die Eingabe verletzt eine Regel der Datenbank.',
        'CONSTRAINT_VIOLATED',
      ],
      [
        '22021',
        ErrorCode.BAD_USER_INPUT,
        400,
        'Ein Text enthält ein unzulässiges Zeichen (U+0000).',
        'INVALID_CHARACTER',
      ],
      [
        '40001',
        ErrorCode.CONFLICT,
        409,
        'Gleichzeitige Änderung. Bitte versuchen Sie es noch einmal.',
        'CONCURRENT_CHANGE',
      ],
      [
        '40P01',
        ErrorCode.CONFLICT,
        409,
        'Gleichzeitige Änderung. Bitte versuchen Sie es noch einmal.',
        'CONCURRENT_CHANGE',
      ],
    ])(
      'SQLSTATE %s becomes %s (HTTP %i) without SQL',
      (sqlState, code, status, message, reason) => {
        const answer = presentError(databaseError(sqlState), Language.DE, true);

        expect(answer).toEqual({ code, status, message, reason, fields: [] });
      },
    );

    it('SQLSTATE 22001 (text too long for its column) is bad input, logged as a missing check', () => {
      const error = databaseError('22001');
      expect(presentError(error, Language.DE, false)).toEqual({
        code: ErrorCode.BAD_USER_INPUT,
        status: HttpStatus.BAD_REQUEST,
        message: 'Ein Text ist länger, als gespeichert werden kann.',
        reason: 'TOO_LONG',
        fields: [],
        unexpected: error,
      });
      expect(presentError(error, Language.EN, false).message).toBe(
        'A text is longer than can be stored.',
      );
    });

    // 23502 (not null) means a service did not validate: a bug to log. (57014, a statement
    // timeout, is SERVICE_UNAVAILABLE: database-timeout.spec.ts.)
    it.each(['23502'])('SQLSTATE %s is internal and kept for the log', (code) => {
      const error = databaseError(code);

      expect(presentError(error, Language.EN, false)).toEqual({
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        status: HttpStatus.INTERNAL_SERVER_ERROR,
        message: INTERNAL_EN,
        reason: ErrorCode.INTERNAL_SERVER_ERROR,
        unexpected: error,
      });
    });
  });

  describe("Nest's HTTP exceptions", () => {
    it.each([
      [new BadRequestException('Bad query'), ErrorCode.BAD_USER_INPUT],
      [new UnauthorizedException(), ErrorCode.UNAUTHENTICATED],
      [new ForbiddenException(), ErrorCode.FORBIDDEN],
      [new NotFoundException('No such route'), ErrorCode.NOT_FOUND],
    ])('%s becomes %s', (error, code) => {
      const answer = presentError(error, Language.DE, false);

      expect(answer.code).toBe(code);
      expect(answer.status).toBe(error.getStatus());
      expect(answer.message).toBe(error.message);
    });

    it.each([
      [new PayloadTooLargeException(), ErrorCode.BAD_USER_INPUT, 'Payload Too Large'],
      [new HttpException('Slow down', 429), ErrorCode.TOO_MANY_REQUESTS, 'Slow down'],
      [new MethodNotAllowedException(), ErrorCode.BAD_USER_INPUT, 'Method Not Allowed'],
      [new UnprocessableEntityException('Bad CSV'), ErrorCode.BAD_USER_INPUT, 'Bad CSV'],
    ])('other client errors: %s becomes %s', (error, code, message) => {
      const answer = presentError(error, Language.DE, false);

      expect(answer).toMatchObject({ code, message, fields: [] });
      expect(answer.unexpected).toBeUndefined();
    });

    it.each([
      [new InternalServerErrorException('boom')],
      [new ServiceUnavailableException()],
      [new HttpException('Not implemented', 501)],
    ])('server errors (%s) stay internal and are logged', (error) => {
      const answer = presentError(error, Language.EN, false);

      expect(answer).toMatchObject({
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        status: HttpStatus.INTERNAL_SERVER_ERROR,
        message: INTERNAL_EN,
        unexpected: error,
      });
    });
  });

  describe('unexpected errors', () => {
    const crash = new Error('relation "person" does not exist: SELECT * FROM person');

    it('are masked: no message, stack or SQL, but kept for the log', () => {
      const answer = presentError(crash, Language.EN, false);

      expect(answer).toEqual({
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        status: HttpStatus.INTERNAL_SERVER_ERROR,
        message: INTERNAL_EN,
        reason: ErrorCode.INTERNAL_SERVER_ERROR,
        unexpected: crash,
      });
      expect(answer.fields).toBeUndefined();
    });

    it('are masked in German too', () => {
      expect(presentError(crash, Language.DE, false).message).toBe(INTERNAL_DE);
    });

    it('show their own message (never the stack) when internals may be exposed', () => {
      const answer = presentError(crash, Language.EN, true);

      expect(answer.message).toBe(`${INTERNAL_EN} (${crash.message})`);
      expect(answer.message).not.toContain(' at ');
    });

    it.each([['a string'], [{ reason: 'x' }], [null], [undefined]])(
      'turn a thrown non-error %p into an internal error',
      (thrown) => {
        const answer = presentError(thrown, Language.EN, true);

        expect(answer.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
        expect(answer.message).toBe(INTERNAL_EN);
        expect(answer.unexpected).toBe(thrown);
      },
    );
  });
});
