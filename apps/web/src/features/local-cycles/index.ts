import type { Feature } from '../../app/feature';
import { lazyPage, lazySection } from '../../app/lazy-page';
import { texts } from './texts';

/**
 * The local workshop cycle (Workshop-Zyklus vor Ort): "Mein Zyklus vor Ort" for coordinators,
 * one cycle at the address its mails link to, and a cohort's overview for program managers. On
 * the home page: where the coordinator's local cycle stands.
 */
export const localCyclesFeature: Feature = {
  name: 'localCycles',
  texts,
  routes: [
    {
      path: '/my-local-cycle',
      element: lazyPage(() => import('./pages/MyLocalCyclePage'), 'MyLocalCyclePage'),
    },
    {
      path: '/local-cycle/:id',
      element: lazyPage(() => import('./pages/LocalCyclePage'), 'LocalCyclePage'),
    },
    {
      path: '/cohorts/:id/local-cycles',
      element: lazyPage(() => import('./pages/LocalCycleOverviewPage'), 'LocalCycleOverviewPage'),
    },
  ],
  nav: [{ to: '/my-local-cycle', label: 'nav', visible: (v) => v.isCoordinator, order: 15 }],
  home: [
    {
      key: 'local-cycle',
      element: lazySection(() => import('./pages/LocalCycleHomeSection'), 'LocalCycleHomeSection'),
      visible: (v) => v.isCoordinator,
      order: 30,
    },
  ],
};
