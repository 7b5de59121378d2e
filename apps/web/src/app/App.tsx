import { MantineProvider } from '@mantine/core';
import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { useAccessToken } from './auth/use-session';
import type { Feature } from './feature';
import { createGraphQLClient } from './graphql/client';
import { FeaturesContext } from './features-context';
import { buildRoutes } from './routes';
import { theme } from './theme';

/** The app: Mantine, one GraphQL client per signed-in session (no cache shared across people), routes. */
export function App({ features }: { features: readonly Feature[] }) {
  const token = useAccessToken();
  const client = useMemo(() => createGraphQLClient(), [token]);
  const router = useMemo(() => createBrowserRouter(buildRoutes(features)), [features]);
  return (
    <MantineProvider theme={theme}>
      <FeaturesContext.Provider value={features}>
        <GraphQLProvider value={client}>
          <RouterProvider router={router} />
        </GraphQLProvider>
      </FeaturesContext.Provider>
    </MantineProvider>
  );
}
