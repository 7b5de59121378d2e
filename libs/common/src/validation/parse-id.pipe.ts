import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { BadUserInputError } from '../errors/domain-error';
import { VALIDATION_TEXTS } from './validation-texts';

/** Accepts a UUID argument; anything else is BAD_USER_INPUT naming the argument. */
@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    throw BadUserInputError.field(metadata.data ?? 'id', VALIDATION_TEXTS.isUUID!([]));
  }
}

/** Like ParseIdPipe, for optional arguments: null and undefined pass as undefined. */
@Injectable()
export class ParseOptionalIdPipe implements PipeTransform<unknown, string | undefined> {
  private readonly id = new ParseIdPipe();

  transform(value: unknown, metadata: ArgumentMetadata): string | undefined {
    return value === null || value === undefined ? undefined : this.id.transform(value, metadata);
  }
}
