import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { PeoplePage } from './pages/PeoplePage';
import { texts } from './texts';

/** Program managers: invite people and set roles. */
export const peopleFeature: Feature = {
  name: 'people',
  texts,
  routes: [{ path: '/people', element: createElement(PeoplePage) }],
  nav: [{ to: '/people', label: 'nav', visible: (v) => v.isManager, order: 50 }],
};
