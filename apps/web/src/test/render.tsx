import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Provider, type Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { features } from '../app/features';
import { initI18n } from '../app/i18n';
import { theme } from '../app/theme';

/** One GraphQL answer per operation name (data, or errors as the server sends them). */
export type Answers = Record<
  string,
  (variables: Record<string, unknown>) => {
    data?: unknown;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  }
>;

/** A urql client answering from `answers` and recording what was asked. */
export function answeringClient(answers: Answers) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const respond = (operation: {
    query: { definitions: readonly { kind: string; name?: { value: string } }[] };
    variables?: unknown;
  }) => {
    const name =
      operation.query.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '';
    const variables = (operation.variables ?? {}) as Record<string, unknown>;
    calls.push({ name, variables });
    const answer = answers[name];
    if (!answer) return never;
    const { data, errors } = answer(variables);
    // Like a real client's source, the answer stays open: a source that ends makes useQuery
    // drop an error it had (only data survives the end), so errors would never show.
    return concat([
      fromValue({
        operation,
        data,
        error: errors
          ? Object.assign(new Error(errors[0]?.message), {
              name: 'CombinedError',
              graphQLErrors: errors.map((e) => Object.assign(new Error(e.message), e)),
              networkError: undefined,
              response: undefined,
            })
          : undefined,
        stale: false,
        hasNext: false,
      }),
      never,
    ]);
  };
  const client = {
    executeQuery: respond,
    executeMutation: respond,
    executeSubscription: () => never,
  } as unknown as Client;
  return { client, calls };
}

/** Renders `element` at `path` with the app's providers and German texts. */
export async function renderAt(
  path: string,
  routes: { path: string; element: ReactElement }[],
  answers: Answers = {},
) {
  await initI18n(features, 'de');
  const { client, calls } = answeringClient(answers);
  const router = createMemoryRouter([...routes, { path: '*', element: <p>elsewhere</p> }], {
    initialEntries: [path],
  });
  const view = render(
    <MantineProvider theme={theme} env="test">
      <Provider value={client}>
        <RouterProvider router={router} />
      </Provider>
    </MantineProvider>,
  );
  return { ...view, router, calls };
}
