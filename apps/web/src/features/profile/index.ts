import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/** The signed-in person's name and language. */
export const profileFeature: Feature = {
  name: 'profile',
  texts,
  routes: [
    { path: '/profile', element: lazyPage(() => import('./pages/ProfilePage'), 'ProfilePage') },
  ],
  nav: [{ to: '/profile', label: 'nav', visible: () => true, order: 90 }],
};
