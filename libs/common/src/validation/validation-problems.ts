import { getMetadataStorage, ValidationError } from 'class-validator';
import { FieldProblem } from '../errors/domain-error';
import { LocalizedText } from '../i18n/language';
import { VALIDATION_TEXTS } from './validation-texts';

/** The arguments a decorator was declared with, e.g. `[200]` for `@MaxChars(200)`. */
function constraintArguments(error: ValidationError, name: string): readonly unknown[] {
  const target = error.target?.constructor;
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === error.property && m.name === name);
  return (metadata?.constraints ?? []) as unknown[];
}

const REASONS: Readonly<Record<string, string>> = {
  isDefined: 'REQUIRED',
  isDate: 'DATE_TIME',
  maxChars: 'TOO_LONG',
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  whitelistValidation: 'UNKNOWN_FIELD',
  instantInRange: 'OUT_OF_RANGE',
  loneSurrogate: 'LONE_SURROGATE',
  nulCharacter: 'INVALID_CHARACTER',
};

/**
 * A constraint's name as a stable reason: `isDefined` → `REQUIRED`, `maxChars` → `TOO_LONG`,
 * others by name (`isEmail` → `EMAIL`, `isPositive` → `POSITIVE`).
 */
export function reasonOf(name: string): string {
  const known = REASONS[name];
  if (known) return known;
  return name
    .replace(/^is(?=[A-Z])/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase();
}

function describe(error: ValidationError): { message: LocalizedText; reason: string } | undefined {
  // A missing value fails every rule of its field; one message says it best.
  if (error.value === null || error.value === undefined) {
    return { message: VALIDATION_TEXTS.isDefined!([]), reason: 'REQUIRED' };
  }
  // class-validator lists constraints bottom-up; the rule declared first speaks for the field.
  const [name, fallback] = Object.entries(error.constraints ?? {}).at(-1) ?? [];
  if (name === undefined || fallback === undefined) return undefined;
  const message = VALIDATION_TEXTS[name]?.(constraintArguments(error, name)) ?? {
    de: fallback,
    en: fallback,
  };
  return { message, reason: reasonOf(name) };
}

/**
 * Turns class-validator errors into one problem per field with texts in every language; nested
 * inputs give dotted paths (`place.name`, `days.1.endsAt`).
 */
export function toFieldProblems(errors: readonly ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix + error.property;
    const problem = error.constraints ? describe(error) : undefined;
    const own = problem ? [{ field, ...problem }] : [];
    return [...own, ...toFieldProblems(error.children ?? [], `${field}.`)];
  });
}
