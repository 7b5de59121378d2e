import { createElement } from 'react';
import type { Feature } from '../../app/feature';
import { LedgerPage } from './pages/LedgerPage';
import { texts } from './texts';

/** Program managers: the reminder ledger, failures and retry, rules with preview. */
export const remindersFeature: Feature = {
  name: 'reminders',
  texts,
  routes: [{ path: '/reminders', element: createElement(LedgerPage) }],
  nav: [{ to: '/reminders', label: 'nav', visible: (v) => v.isManager, order: 40 }],
};
