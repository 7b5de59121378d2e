import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/** Program managers: invite people and set roles. */
export const peopleFeature: Feature = {
  name: 'people',
  texts,
  routes: [
    { path: '/people', element: lazyPage(() => import('./pages/PeoplePage'), 'PeoplePage') },
  ],
  nav: [{ to: '/people', label: 'nav', visible: (v) => v.isManager, order: 50 }],
};
