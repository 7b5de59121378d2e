import type { CombinedError } from 'urql';

/** One bad field as the server names it (`extensions.fields`). */
export interface FieldProblem {
  field: string;
  message: string;
  reason?: string;
}

interface Extensions {
  code?: string;
  reason?: string;
  fields?: FieldProblem[];
}

function first(error: CombinedError | undefined): Extensions | undefined {
  const extensions: Extensions | undefined = error?.graphQLErrors[0]?.extensions;
  return extensions;
}

/** The answer's `extensions.code`, e.g. FORBIDDEN; NETWORK when the server was not reached. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  return first(error)?.code;
}

/** The answer's stable `extensions.reason`, e.g. COHORT_FULL. */
export function errorReason(error: CombinedError | undefined): string | undefined {
  return first(error)?.reason;
}

/** The server's message in the person's language (never parsed, only shown). */
export function errorMessage(error: CombinedError | undefined): string | undefined {
  return error?.graphQLErrors[0]?.message;
}

/**
 * Messages by input field, e.g. `{ email: 'Bitte eine gültige Adresse…' }`, for showing each
 * next to its control. A field path like `input.days.0.date` is also listed under its last
 * named part (`date`) and its first (`days`).
 */
export function fieldErrors(error: CombinedError | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const problem of first(error)?.fields ?? []) {
    const parts = problem.field.split('.').filter((p) => !/^\d+$/.test(p) && p !== 'input');
    for (const key of [problem.field, ...parts]) result[key] ??= problem.message;
  }
  return result;
}

/** The message for errors no field claims (shown above the form). */
export function formError(
  error: CombinedError | undefined,
  fields: readonly string[],
): string | undefined {
  if (!error) return undefined;
  const named = fieldErrors(error);
  if (fields.some((f) => named[f])) return undefined;
  return errorMessage(error) ?? undefined;
}
