import type { Feature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { texts } from './texts';

/** Program managers: the reminder ledger, failures and retry, rules with preview. */
export const remindersFeature: Feature = {
  name: 'reminders',
  texts,
  routes: [
    { path: '/reminders', element: lazyPage(() => import('./pages/LedgerPage'), 'LedgerPage') },
  ],
  nav: [{ to: '/reminders', label: 'nav', visible: (v) => v.isManager, order: 40 }],
};
