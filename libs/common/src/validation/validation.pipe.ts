import { ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from '../errors/domain-error';
import { toFieldProblems } from './validation-problems';

/**
 * The global pipe: validates every input class, strips unknown properties and reports all
 * problems at once as BAD_USER_INPUT with `{ field, message }` entries.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => BadUserInputError.fields(toFieldProblems(errors)),
  });
}
