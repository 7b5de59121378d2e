import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { ProfilePage } from './pages/ProfilePage';
import { texts } from './texts';

/** The signed-in person's name and language. */
export const profileFeature: Feature = {
  name: 'profile',
  texts,
  routes: [{ path: '/profile', element: createElement(ProfilePage) }],
  nav: [{ to: '/profile', label: 'nav', visible: () => true, order: 90 }],
};
