import { Center, Loader } from '@mantine/core';
import { createElement, lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { SectionLoading } from '../ui/HomeSection';

/** A component loaded from its own chunk on first render, with `fallback` until it has arrived. */
function lazyElement<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
  fallback: ComponentType,
): ReactElement {
  const Component = lazy(async () => ({ default: (await load())[name] }));
  return createElement(Suspense, { fallback: createElement(fallback) }, createElement(Component));
}

/**
 * A page loaded on first visit, so the first page a person opens downloads only its own code:
 * `lazyPage(() => import('./pages/LedgerPage'), 'LedgerPage')`. Vite splits each import into
 * its own chunk; until it has arrived a spinner stands where the page will be.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ReactElement {
  return lazyElement(load, name, PageLoading);
}

/**
 * A home section loaded with the home page but from its own chunk, so the app's first script
 * does not grow with every feature's section: `lazySection(() => import('./pages/X'), 'X')`.
 * Until it has arrived one small line stands in for it, not the page spinner.
 */
export function lazySection<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ReactElement {
  return lazyElement(load, name, SectionLoading);
}

function PageLoading() {
  return (
    <Center mih={200}>
      <Loader aria-label="…" />
    </Center>
  );
}
