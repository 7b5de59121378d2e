import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/** A coordinator's cohort and its fellow networks (names only). */
export const myCohortFeature: Feature = {
  name: 'myCohort',
  texts,
  routes: [
    { path: '/my-cohort', element: lazyPage(() => import('./pages/MyCohortPage'), 'MyCohortPage') },
  ],
  nav: [{ to: '/my-cohort', label: 'nav', visible: (v) => v.isCoordinator, order: 20 }],
};
