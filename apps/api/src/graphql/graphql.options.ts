import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { AppConfig } from '@zyklus/config';
import { createGraphQLContext } from '@zyklus/common';
import { landingPage } from './graphiql';
import { inputErrorHandling } from './input-errors';
import { unsupportedOperations } from './unsupported-operations';

/**
 * Limits on what one document may ask for (graphql-armor). Generous for real clients (the
 * deepest query a client needs today has depth 6), tight enough to stop abusive documents.
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  costLimit: 10_000,
  maxTokens: 3_000,
  maxDirectives: 20,
} as const;

function armor() {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    // armor lets aliases of __typename through by default: they count like any other.
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, allowList: [] },
    costLimit: { maxCost: GRAPHQL_LIMITS.costLimit },
    // Counted by the parser itself (parseOptions below): armor's token check throws from an
    // Apollo hook, which answers HTTP 500 instead of 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * Apollo Server 5 at /graphql: code first, GraphiQL (served offline) outside production, introspection off and
 * no suggestions in production, CSRF prevention on, no batching, armor limits; input GraphQL
 * itself refuses answers BAD_USER_INPUT with fields, like every other bad input.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const protection = armor();
  const inputErrors = inputErrorHandling({ production: config.isProduction });
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !config.isProduction,
    // Stacks go to the log (AllErrorsFilter), never into answers.
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: protection.validationRules,
    formatError: inputErrors.formatError,
    plugins: [
      // No cache hints and no HTTP caching of answers: the plugin Apollo installs by default
      // would wrap every field of every row to collect hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      ...protection.plugins,
      unsupportedOperations(),
      inputErrors.plugin,
      landingPage(config.isProduction),
    ],
    context: createGraphQLContext,
  };
}
