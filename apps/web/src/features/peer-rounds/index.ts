import type { Feature } from '../../app/feature';
import { lazyPage, lazySection } from '../../app/lazy-page';
import { texts } from './texts';

/**
 * Kollegiale Runden: "Meine Runden" for members (coordinators and alumni) with a round's page
 * (`/runden/<id>`, linked from the reminder mails), and the program managers' groups
 * (`/runden/gruppen`, `/runden/gruppen/<id>`, linked from their nudges). On the home page: a
 * member's next round.
 */
export const peerRoundsFeature: Feature = {
  name: 'peer-rounds',
  texts,
  routes: [
    { path: '/runden', element: lazyPage(() => import('./pages/MyRoundsPage'), 'MyRoundsPage') },
    {
      path: '/runden/gruppen',
      element: lazyPage(() => import('./pages/PeerGroupsPage'), 'PeerGroupsPage'),
    },
    {
      path: '/runden/gruppen/:id',
      element: lazyPage(() => import('./pages/PeerGroupPage'), 'PeerGroupPage'),
    },
    { path: '/runden/:id', element: lazyPage(() => import('./pages/RoundPage'), 'RoundPage') },
  ],
  nav: [
    {
      to: '/runden',
      label: 'navMine',
      visible: (v) => v.isCoordinator || v.isAlumnus,
      order: 40,
    },
    { to: '/runden/gruppen', label: 'navGroups', visible: (v) => v.isManager, order: 45 },
  ],
  home: [
    {
      key: 'next-peer-round',
      element: lazySection(() => import('./pages/NextRoundHomeSection'), 'NextRoundHomeSection'),
      visible: (v) => v.isCoordinator || v.isAlumnus,
      order: 20,
    },
  ],
};
