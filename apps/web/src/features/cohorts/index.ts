import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { CohortList, CohortsPage } from './pages/CohortsPage';
import { texts } from './texts';

/** Program managers: programmes, cohorts and a cohort's overview with its actions. */
export const cohortsFeature: Feature = {
  name: 'cohorts',
  texts,
  routes: [
    // The list is on the managers' home page as well, so its page comes with the first load.
    { path: '/cohorts', element: createElement(CohortsPage) },
    {
      path: '/cohorts/:id',
      element: lazyPage(() => import('./pages/CohortOverviewPage'), 'CohortOverviewPage'),
    },
  ],
  nav: [{ to: '/cohorts', label: 'nav', visible: (v) => v.isManager, order: 30 }],
  home: [
    { key: 'cohorts', element: createElement(CohortList), visible: (v) => v.isManager, order: 50 },
  ],
};
