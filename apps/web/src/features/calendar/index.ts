import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/** The personal calendar feed: everyone who takes part in, facilitates or manages workshops. */
export const calendarFeature: Feature = {
  name: 'calendar',
  texts,
  routes: [
    {
      path: '/calendar-subscription',
      element: lazyPage(() => import('./pages/CalendarPage'), 'CalendarPage'),
    },
  ],
  nav: [{ to: '/calendar-subscription', label: 'nav', visible: () => true, order: 80 }],
};
