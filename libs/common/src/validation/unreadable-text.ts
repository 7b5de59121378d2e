import { FieldProblem } from '../errors/domain-error';
import { reasonOf } from './validation-problems';
import { VALIDATION_TEXTS } from './validation-texts';

/** Half of a UTF-16 pair: a high surrogate without its low one, or a low one alone. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | undefined {
  // Validators and drivers throw on such a text (it cannot be encoded as UTF-8).
  if (LONE_SURROGATE.test(text)) return 'loneSurrogate';
  // PostgreSQL stores no U+0000 in text.
  if (text.includes('\u0000')) return 'nulCharacter';
  return undefined;
}

/** Input as JSON makes it: objects of Object (or no) prototype, never requests or entities. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Every text in an input that no validator or column can take, as one problem per field
 * (`name`, `days.1.note`): lone surrogates (LONE_SURROGATE) and NUL characters
 * (INVALID_CHARACTER). Checked before any validator sees the value.
 */
export function unreadableTexts(value: unknown, field: string): FieldProblem[] {
  if (typeof value === 'string') {
    const name = textProblem(value);
    if (!name) return [];
    return [{ field, message: VALIDATION_TEXTS[name]!([]), reason: reasonOf(name) }];
  }
  const at = (key: string) => (field ? `${field}.${key}` : key);
  if (Array.isArray(value)) return value.flatMap((item, i) => unreadableTexts(item, at(String(i))));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => unreadableTexts(item, at(key)));
  }
  return [];
}
