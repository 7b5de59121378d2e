import { ApolloServerPlugin } from '@apollo/server';
import { GraphQLContext, requestLanguage } from '@zyklus/common';
import { GraphQLError, OperationTypeNode } from 'graphql';

const NO_SUBSCRIPTIONS = {
  de: 'Subscriptions werden nicht unterstützt: Zyklus beantwortet Queries und Mutations.',
  en: 'Subscriptions are not supported: Zyklus answers queries and mutations.',
};

/**
 * Zyklus has no subscriptions: a `subscription` document is refused before execution as bad
 * input with reason UNSUPPORTED_OPERATION (graphql-js would throw an internal error).
 */
export function unsupportedOperations(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (context) => {
          if (context.operation?.operation !== OperationTypeNode.SUBSCRIPTION)
            return Promise.resolve();
          throw new GraphQLError(NO_SUBSCRIPTIONS[requestLanguage(context.contextValue?.req)], {
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'UNSUPPORTED_OPERATION',
              http: { status: 400 },
            },
          });
        },
      }),
  };
}
