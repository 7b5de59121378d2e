import { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  BadUserInputError,
  ErrorPresentation,
  GraphQLContext,
  presentError,
  requestLanguage,
} from '@zyklus/common';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { InputProblem, literalInputProblems, variableInputProblems } from './input-problems';

/** "Did you mean …?" in every form graphql-js writes it, and graphql-armor's mask of it. */
const SUGGESTION = /\s*(Did you mean\b[^?]*\?|\[Suggestion hidden\]\??)/g;

/** Removes every suggestion of schema names from an error message. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '').trim();
}

function present(
  problems: readonly InputProblem[],
  context: GraphQLRequestContext<GraphQLContext>,
): ErrorPresentation {
  const error = BadUserInputError.fields(problems);
  return presentError(error, requestLanguage(context.contextValue?.req), false);
}

/** The problems graphql-js reported in `error` (several may blame the same object literal). */
function problemsOf(error: GraphQLError, problems: readonly InputProblem[]): InputProblem[] {
  const blamed = problems.filter((p) => error.nodes?.includes(p.node));
  const named = blamed.filter((p) => {
    const last = p.field.split('.').at(-1);
    return error.message.includes(`"${last}"`) || error.message.includes(`.${last}"`);
  });
  return named.length ? named : blamed;
}

/**
 * Input GraphQL itself refuses (coercion and validation of arguments: unknown enum values,
 * impossible dates, missing required fields) answers like every other bad input: BAD_USER_INPUT
 * with `extensions.fields` `[{ field, message }]`, German by default, English per request,
 * fields named as class-validator names them. Also keeps schema names out of production
 * answers: no "Did you mean …?" in any error.
 *
 * Variables are checked before execution (one error listing every bad field); values written
 * into the document fail validation first, so each such validation error is presented again.
 */
export function inputErrorHandling(options: { production: boolean }): {
  plugin: ApolloServerPlugin<GraphQLContext>;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
} {
  const listEnumValues = !options.production;
  const presented = new WeakMap<object, ErrorPresentation>();

  const plugin: ApolloServerPlugin<GraphQLContext> = {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (context) => {
          if (!context.operation) return Promise.resolve();
          const problems = variableInputProblems(
            context.schema,
            context.document,
            context.operation,
            context.request.variables ?? {},
            { listEnumValues },
          );
          if (!problems.length) return Promise.resolve();
          const answer = present(problems, context);
          throw new GraphQLError(answer.message, {
            extensions: {
              code: answer.code,
              reason: answer.reason,
              fields: answer.fields,
              http: { status: 400 },
            },
          });
        },
        didEncounterErrors: (context) => {
          const validation = context.errors.filter(
            (e) => e.extensions.code === 'GRAPHQL_VALIDATION_FAILED',
          );
          if (!validation.length || !context.document) return Promise.resolve();
          const problems = literalInputProblems(context.schema, context.document, {
            listEnumValues,
          });
          for (const error of validation) {
            const own = problemsOf(error, problems);
            if (own.length) presented.set(error, present(own, context));
          }
          return Promise.resolve();
        },
      }),
  };

  const formatError = (formatted: GraphQLFormattedError, error: unknown) => {
    const answer = typeof error === 'object' && error ? presented.get(error) : undefined;
    if (answer) {
      return {
        message: answer.message,
        locations: formatted.locations,
        extensions: { code: answer.code, reason: answer.reason, fields: answer.fields },
      };
    }
    if (!options.production) return formatted;
    return { ...formatted, message: withoutSuggestions(formatted.message) };
  };

  return { plugin, formatError };
}
