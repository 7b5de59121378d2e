import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';
import i18n from 'i18next';
import { clearSession, readSession } from '../auth/session';
import { errorCode } from './errors';

/**
 * The one GraphQL client: same origin (/graphql), the access token as a Bearer header, the
 * app's language as Accept-Language (for messages before sign-in). An UNAUTHENTICATED answer
 * to a signed-in request ends the session, which sends the person to the sign-in page.
 */
export function createGraphQLClient(): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: () => {
      const session = readSession();
      const headers: Record<string, string> = { 'accept-language': i18n.language };
      if (session) headers.authorization = `Bearer ${session.accessToken}`;
      return { headers };
    },
    exchanges: [
      mapExchange({
        onResult(result) {
          // signIn itself answers UNAUTHENTICATED for a used link; that ends no session.
          if (
            errorCode(result.error) === 'UNAUTHENTICATED' &&
            readSession() !== null &&
            !isSignIn(result.operation.query)
          ) {
            clearSession();
          }
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}

function isSignIn(query: { definitions: readonly { kind: string; name?: { value: string } }[] }) {
  return query.definitions.some(
    (d) => d.kind === 'OperationDefinition' && d.name?.value === 'SignIn',
  );
}
