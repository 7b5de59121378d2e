import type { RouteObject } from 'react-router';
import type { Feature } from './feature';
import { AppLayout } from './layout/AppLayout';
import { NotFoundPage } from './NotFoundPage';

/** Public pages stand alone; every other page of every feature sits in the signed-in layout. */
export function buildRoutes(features: readonly Feature[]): RouteObject[] {
  const routes = features.flatMap((f) => f.routes);
  return [
    ...routes.filter((r) => r.public).map((r) => ({ path: r.path, element: r.element })),
    {
      element: <AppLayout features={features} />,
      children: [
        ...routes.filter((r) => !r.public).map((r) => ({ path: r.path, element: r.element })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
