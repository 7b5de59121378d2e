import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { AttendancePage } from './pages/AttendancePage';
import { texts } from './texts';

/** Program managers record attendance as a matrix. */
export const attendanceFeature: Feature = {
  name: 'attendance',
  texts,
  routes: [{ path: '/cohorts/:id/attendance', element: createElement(AttendancePage) }],
};
