import { LocalizedText } from '../i18n/language';

type TextFor = (constraints: readonly unknown[]) => LocalizedText;

const list = (values: unknown): string =>
  Array.isArray(values) ? values.join(', ') : Object.values(values ?? {}).join(', ');

/**
 * People-facing texts for the class-validator constraints Zyklus uses, keyed by constraint name.
 * A constraint without an entry falls back to class-validator's English message.
 */
export const VALIDATION_TEXTS: Readonly<Record<string, TextFor>> = {
  isDefined: () => ({ de: 'Muss angegeben werden.', en: 'Is required.' }),
  isNotEmpty: () => ({ de: 'Darf nicht leer sein.', en: 'Must not be empty.' }),
  minLength: ([min]) => ({
    de: `Muss mindestens ${String(min)} Zeichen lang sein.`,
    en: `Must be at least ${String(min)} characters long.`,
  }),
  maxLength: ([max]) => ({
    de: `Darf höchstens ${String(max)} Zeichen lang sein.`,
    en: `Must be at most ${String(max)} characters long.`,
  }),
  maxChars: ([max]) => ({
    de: `Darf höchstens ${String(max)} Zeichen lang sein.`,
    en: `Must be at most ${String(max)} characters long.`,
  }),
  min: ([min]) => ({
    de: `Muss mindestens ${String(min)} sein.`,
    en: `Must be at least ${String(min)}.`,
  }),
  max: ([max]) => ({
    de: `Darf höchstens ${String(max)} sein.`,
    en: `Must be at most ${String(max)}.`,
  }),
  isString: () => ({ de: 'Muss ein Text sein.', en: 'Must be text.' }),
  isInt: () => ({ de: 'Muss eine ganze Zahl sein.', en: 'Must be a whole number.' }),
  isUUID: () => ({ de: 'Muss eine gültige ID (UUID) sein.', en: 'Must be a valid id (UUID).' }),
  isIn: ([values]) => ({
    de: `Muss einer dieser Werte sein: ${list(values)}.`,
    en: `Must be one of: ${list(values)}.`,
  }),
  isEnum: ([values]) => ({
    de: `Muss einer dieser Werte sein: ${list(values)}.`,
    en: `Must be one of: ${list(values)}.`,
  }),
  isTimeZone: () => ({
    de: 'Muss eine IANA-Zeitzone sein, z. B. Europe/Berlin.',
    en: 'Must be an IANA time zone, e.g. Europe/Berlin.',
  }),
  isLocalDate: () => ({
    de: 'Muss ein Datum im Format JJJJ-MM-TT sein.',
    en: 'Must be a date written as YYYY-MM-DD.',
  }),
  isLocalTime: () => ({
    de: 'Muss eine Uhrzeit im Format HH:MM sein, z. B. 09:30.',
    en: 'Must be a time written as HH:MM, e.g. 09:30.',
  }),
  isEmail: () => ({
    de: 'Muss eine gültige E-Mail-Adresse sein.',
    en: 'Must be a valid email address.',
  }),
  isAppPath: () => ({
    de: 'Muss eine Seite von Zyklus sein, die mit / beginnt, z. B. /tandem.',
    en: 'Must be a page of Zyklus starting with /, e.g. /tandem.',
  }),
  isUrl: () => ({ de: 'Muss eine gültige URL sein.', en: 'Must be a valid URL.' }),
  isBoolean: () => ({ de: 'Muss true oder false sein.', en: 'Must be true or false.' }),
  isNumber: () => ({ de: 'Muss eine Zahl sein.', en: 'Must be a number.' }),
  // class-validator's @IsDate on a DateTime argument (GraphQL's DateTime scalar lets an unreadable
  // value through as an invalid Date).
  isDate: () => ({
    de: 'Muss ein Zeitpunkt nach ISO 8601 sein, z. B. 2025-03-01T09:00:00Z.',
    en: 'Must be a point in time in ISO 8601, e.g. 2025-03-01T09:00:00Z.',
  }),
  isDateTime: () => ({
    de: 'Muss ein Zeitpunkt nach ISO 8601 sein, z. B. 2025-03-01T09:00:00Z.',
    en: 'Must be a point in time in ISO 8601, e.g. 2025-03-01T09:00:00Z.',
  }),
  instantInRange: () => ({
    de: 'Muss zwischen den Jahren 0001 und 9999 liegen.',
    en: 'Must be between the years 0001 and 9999.',
  }),
  loneSurrogate: () => ({
    de: 'Enthält ein ungültiges Zeichen (ein halbes UTF-16-Zeichenpaar).',
    en: 'Contains an invalid character (half of a UTF-16 surrogate pair).',
  }),
  nulCharacter: () => ({
    de: 'Enthält ein unzulässiges Zeichen (U+0000).',
    en: 'Contains a character that cannot be stored (U+0000).',
  }),
  isObject: () => ({
    de: 'Muss ein Objekt mit Feldern sein.',
    en: 'Must be an object with fields.',
  }),
  /** An enum value that does not exist, where the allowed values are not to be listed. */
  isKnownValue: () => ({ de: 'Ist kein zulässiger Wert.', en: 'Is not an allowed value.' }),
  /** A value of a type without a text of its own. */
  isWellFormed: () => ({
    de: 'Hat nicht das erwartete Format.',
    en: 'Is not in the expected format.',
  }),
  whitelistValidation: () => ({
    de: 'Dieses Feld gibt es nicht.',
    en: 'This field does not exist.',
  }),
};
