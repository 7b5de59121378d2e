import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/**
 * Data protection: "Meine Daten" for everyone signed in (a copy of their data, asking to be
 * erased, the page a mailed export link opens); for program managers a person's privacy page
 * (export, erasure preview and erasure), erasure requests, retention periods and the audit log.
 */
export const privacyFeature: Feature = {
  name: 'privacy',
  texts,
  routes: [
    { path: '/my-data', element: lazyPage(() => import('./pages/MyDataPage'), 'MyDataPage') },
    {
      path: '/my-data/exports/:id',
      element: lazyPage(() => import('./pages/ExportDownloadPage'), 'ExportDownloadPage'),
    },
    { path: '/privacy', element: lazyPage(() => import('./pages/PrivacyPage'), 'PrivacyPage') },
    {
      path: '/privacy/people/:id',
      element: lazyPage(() => import('./pages/PersonPrivacyPage'), 'PersonPrivacyPage'),
    },
    {
      path: '/privacy/retention',
      element: lazyPage(() => import('./pages/RetentionPage'), 'RetentionPage'),
    },
    {
      path: '/privacy/audit-log',
      element: lazyPage(() => import('./pages/AuditLogPage'), 'AuditLogPage'),
    },
  ],
  nav: [
    { to: '/privacy', label: 'navManager', visible: (v) => v.isManager, order: 60 },
    { to: '/my-data', label: 'navMine', visible: () => true, order: 95 },
  ],
};
