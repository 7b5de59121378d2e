import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { BadUserInputError } from '../errors/domain-error';
import { unreadableTexts } from './unreadable-text';
import { toFieldProblems } from './validation-problems';

/**
 * The global pipe: refuses texts nothing can store (lone surrogates, NUL) first, then validates
 * every input class, strips unknown properties and reports all problems at once as
 * BAD_USER_INPUT with `{ field, message, reason }` entries.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // An argument of its own (`email: String!`) is named by itself; an input object's or an
    // @ArgsType's fields by their names, as class-validator names them.
    if (metadata.type !== 'custom') {
      const field = typeof value === 'string' ? (metadata.data ?? '') : '';
      const problems = unreadableTexts(value, field);
      if (problems.length) throw BadUserInputError.fields(problems);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: false,
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => BadUserInputError.fields(toFieldProblems(errors)),
  });
}
