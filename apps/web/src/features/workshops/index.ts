import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { NextWorkshop } from './pages/NextWorkshop';
import { texts } from './texts';

/** A coordinator's workshop cycle, the next workshop on the home page, a workshop's page. */
export const workshopsFeature: Feature = {
  name: 'workshops',
  texts,
  routes: [
    { path: '/my-cycle', element: lazyPage(() => import('./pages/MyCyclePage'), 'MyCyclePage') },
    {
      path: '/workshops/:id',
      element: lazyPage(() => import('./pages/WorkshopPage'), 'WorkshopPage'),
    },
  ],
  nav: [{ to: '/my-cycle', label: 'nav', visible: (v) => v.isCoordinator, order: 10 }],
  home: [
    {
      key: 'next-workshop',
      element: createElement(NextWorkshop),
      visible: (v) => v.isCoordinator,
      order: 0,
    },
  ],
};
