import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { MyCohortPage } from './pages/MyCohortPage';
import { texts } from './texts';

/** A coordinator's cohort and its fellow networks (names only). */
export const myCohortFeature: Feature = {
  name: 'myCohort',
  texts,
  routes: [{ path: '/my-cohort', element: createElement(MyCohortPage) }],
  nav: [{ to: '/my-cohort', label: 'nav', visible: (v) => v.isCoordinator, order: 20 }],
};
