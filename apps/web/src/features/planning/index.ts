import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { PlanningPage } from './pages/PlanningPage';
import { texts } from './texts';

/** Program managers plan a cohort's workshops. */
export const planningFeature: Feature = {
  name: 'planning',
  texts,
  routes: [{ path: '/cohorts/:id/workshops', element: createElement(PlanningPage) }],
};
