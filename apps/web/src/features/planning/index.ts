import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/** Program managers plan a cohort's workshops. */
export const planningFeature: Feature = {
  name: 'planning',
  texts,
  routes: [
    {
      path: '/cohorts/:id/workshops',
      element: lazyPage(() => import('./pages/PlanningPage'), 'PlanningPage'),
    },
  ],
};
