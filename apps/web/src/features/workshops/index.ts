import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { MyCyclePage } from './pages/MyCyclePage';
import { NextWorkshop } from './pages/NextWorkshop';
import { WorkshopPage } from './pages/WorkshopPage';
import { texts } from './texts';

/** A coordinator's workshop cycle, the next workshop on the home page, a workshop's page. */
export const workshopsFeature: Feature = {
  name: 'workshops',
  texts,
  routes: [
    { path: '/my-cycle', element: createElement(MyCyclePage) },
    { path: '/workshops/:id', element: createElement(WorkshopPage) },
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
