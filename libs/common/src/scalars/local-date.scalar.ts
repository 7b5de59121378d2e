import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (2025-02-30 is not one). */
export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = PATTERN.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The value, or BAD_USER_INPUT; `node` (for literals) tells clients where it is written. */
function parse(value: unknown, node?: ValueNode): string {
  if (!isLocalDate(value)) {
    throw new GraphQLError(
      `LocalDate must be a calendar date written as YYYY-MM-DD, got ${JSON.stringify(value)}`,
      { nodes: node, extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/**
 * A calendar date without time or time zone (ISO 8601 `YYYY-MM-DD`), e.g. a cohort's first day.
 * Kept as a string end to end, so no time zone can shift it.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, ISO 8601 (YYYY-MM-DD), e.g. 2024-11-27.',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('LocalDate must be a string written as YYYY-MM-DD', {
        nodes: ast,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return parse(ast.value, ast);
  },
});
