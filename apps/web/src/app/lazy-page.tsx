import { Center, Loader } from '@mantine/core';
import { createElement, lazy, Suspense, type ComponentType, type ReactElement } from 'react';

/**
 * A page loaded on first visit, so the first page a person opens downloads only its own code:
 * `lazyPage(() => import('./pages/LedgerPage'), 'LedgerPage')`. Vite splits each import into
 * its own chunk; until it has arrived a spinner stands where the page will be.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ReactElement {
  const Page = lazy(async () => ({ default: (await load())[name] }));
  return createElement(Suspense, { fallback: createElement(PageLoading) }, createElement(Page));
}

function PageLoading() {
  return (
    <Center mih={200}>
      <Loader aria-label="…" />
    </Center>
  );
}
