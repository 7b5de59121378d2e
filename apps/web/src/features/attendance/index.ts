import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/** Program managers record attendance as a matrix. */
export const attendanceFeature: Feature = {
  name: 'attendance',
  texts,
  routes: [
    {
      path: '/cohorts/:id/attendance',
      element: lazyPage(() => import('./pages/AttendancePage'), 'AttendancePage'),
    },
  ],
};
