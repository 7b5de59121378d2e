import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { CohortOverviewPage } from './pages/CohortOverviewPage';
import { CohortList, CohortsPage } from './pages/CohortsPage';
import { texts } from './texts';

/** Program managers: programmes, cohorts and a cohort's overview with its actions. */
export const cohortsFeature: Feature = {
  name: 'cohorts',
  texts,
  routes: [
    { path: '/cohorts', element: createElement(CohortsPage) },
    { path: '/cohorts/:id', element: createElement(CohortOverviewPage) },
  ],
  nav: [{ to: '/cohorts', label: 'nav', visible: (v) => v.isManager, order: 30 }],
  home: [
    { key: 'cohorts', element: createElement(CohortList), visible: (v) => v.isManager, order: 50 },
  ],
};
