import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

const PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** True for a wall-clock time written as HH:MM (24 hours), e.g. 09:30. */
export function isLocalTime(value: unknown): value is string {
  return typeof value === 'string' && PATTERN.test(value);
}

/** The value, or BAD_USER_INPUT; `node` (for literals) tells clients where it is written. */
function parse(value: unknown, node?: ValueNode): string {
  if (!isLocalTime(value)) {
    throw new GraphQLError(
      `LocalTime must be a time written as HH:MM, got ${JSON.stringify(value)}`,
      { nodes: node, extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/**
 * A wall-clock time without date or time zone (`HH:MM`), e.g. a workshop day's start. It is
 * read in the programme's time zone, so 09:00 stays 09:00 across daylight-saving changes.
 */
export const LocalTimeScalar = new GraphQLScalarType<string, string>({
  name: 'LocalTime',
  description: 'A wall-clock time without date or time zone, HH:MM (24 hours), e.g. 09:30.',
  serialize: (value) => parse(typeof value === 'string' ? value.slice(0, 5) : value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('LocalTime must be a string written as HH:MM', {
        nodes: ast,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value, ast);
  },
});
