import { GraphQLError, Kind, parseValue, ValueNode } from 'graphql';
import { isLocalDate, LocalDateScalar } from './local-date.scalar';

/** The GraphQLError `run` throws; fails the test when it does not throw. */
function rejection(run: () => unknown): GraphQLError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return error as GraphQLError;
  }
  throw new Error('Expected a GraphQLError');
}

const literal = (source: string): ValueNode => parseValue(source);

describe('LocalDate', () => {
  describe('isLocalDate', () => {
    it.each(['2024-11-27', '2024-02-29', '2000-02-29', '2025-12-31', '2025-01-01'])(
      'accepts %s',
      (value) => {
        expect(isLocalDate(value)).toBe(true);
      },
    );

    it.each([
      ['2025-02-30', 'a day February does not have'],
      ['2025-02-29', 'Feb 29 outside a leap year'],
      ['1900-02-29', 'Feb 29 in a century that is no leap year'],
      ['2025-04-31', 'April 31'],
      ['2025-13-01', 'month 13'],
      ['2025-00-10', 'month 0'],
      ['2025-01-00', 'day 0'],
      ['2025-1-5', 'missing leading zeros'],
      ['27.11.2024', 'German notation'],
      ['2024/11/27', 'slashes'],
      ['2024-11-27T00:00:00Z', 'a timestamp'],
      [' 2024-11-27', 'surrounding space'],
      ['', 'an empty string'],
    ])('rejects %p (%s)', (value) => {
      expect(isLocalDate(value)).toBe(false);
    });

    it.each([null, undefined, 20241127, new Date('2024-11-27')])(
      'rejects non-string %p',
      (value) => {
        expect(isLocalDate(value)).toBe(false);
      },
    );
  });

  describe('parseValue (variables)', () => {
    it('keeps a valid date as the same string', () => {
      expect(LocalDateScalar.parseValue('2024-11-27')).toBe('2024-11-27');
    });

    it('rejects an impossible date as bad user input, quoting the value', () => {
      const error = rejection(() => LocalDateScalar.parseValue('2025-02-30'));

      expect(error.message).toBe(
        'LocalDate must be a calendar date written as YYYY-MM-DD, got "2025-02-30"',
      );
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
    });

    it.each(['27.11.2024', '2024-11-27T10:00:00Z', 20241127, null])('rejects %p', (value) => {
      const error = rejection(() => LocalDateScalar.parseValue(value));

      expect(error.message).toContain(`got ${JSON.stringify(value)}`);
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('parseLiteral (inline arguments)', () => {
    it('reads a string literal', () => {
      expect(LocalDateScalar.parseLiteral(literal('"2024-11-27"'), {})).toBe('2024-11-27');
    });

    it('rejects a string literal that is no calendar date', () => {
      const error = rejection(() => LocalDateScalar.parseLiteral(literal('"2025-02-30"'), {}));

      expect(error.message).toContain('got "2025-02-30"');
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
    });

    it.each(['20241127', 'true', '["2024-11-27"]', 'TODAY'])('rejects the literal %s', (source) => {
      const node = literal(source);
      expect(node.kind).not.toBe(Kind.STRING);

      const error = rejection(() => LocalDateScalar.parseLiteral(node, {}));

      expect(error.message).toBe('LocalDate must be a string written as YYYY-MM-DD');
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('serialize (answers)', () => {
    it('sends a valid date unchanged', () => {
      expect(LocalDateScalar.serialize('2025-10-31')).toBe('2025-10-31');
    });

    it('refuses to send a value that is no calendar date', () => {
      expect(() => LocalDateScalar.serialize('2025-02-30')).toThrow(GraphQLError);
      expect(() => LocalDateScalar.serialize(new Date('2025-10-31'))).toThrow(
        /LocalDate must be a calendar date/,
      );
    });
  });
});
