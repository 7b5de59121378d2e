import type { Feature } from '../../app/feature';
import { lazyPage, lazySection } from '../../app/lazy-page';
import { texts } from './texts';

/**
 * The buddy programme: Mein Tandem for new coordinators and buddies (`/tandem/<id>` is the
 * address the mails link to), an alumnus's buddy profile, and for program managers a cohort's
 * matching board and pairings. On the home page: what the person's tandem needs from them.
 */
export const buddiesFeature: Feature = {
  name: 'buddies',
  texts,
  routes: [
    { path: '/tandem', element: lazyPage(() => import('./pages/MyTandemsPage'), 'MyTandemsPage') },
    { path: '/tandem/:id', element: lazyPage(() => import('./pages/TandemPage'), 'TandemPage') },
    {
      path: '/buddy-profile',
      element: lazyPage(() => import('./pages/BuddyProfilePage'), 'BuddyProfilePage'),
    },
    {
      path: '/cohorts/:id/buddy-matching',
      element: lazyPage(() => import('./pages/MatchingPage'), 'MatchingPage'),
    },
    {
      path: '/cohorts/:id/tandems',
      element: lazyPage(() => import('./pages/PairingsPage'), 'PairingsPage'),
    },
  ],
  nav: [
    { to: '/tandem', label: 'nav', visible: (v) => v.isCoordinator || v.isAlumnus, order: 15 },
    { to: '/buddy-profile', label: 'navProfile', visible: (v) => v.isAlumnus, order: 16 },
  ],
  home: [
    {
      key: 'tandem',
      element: lazySection(() => import('./pages/TandemHomeSection'), 'TandemHomeSection'),
      visible: (v) => v.isCoordinator || v.isAlumnus,
      order: 10,
    },
  ],
};
