import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../app/feature';
import { features } from '../../app/features';
import { FeaturesContext } from '../../app/features-context';
import { ViewerContext } from '../../app/viewer-context';
import { renderAt, type Answers } from '../../test/render';
import { HomePage } from './HomePage';

const routes = (viewer: Viewer) => [
  {
    path: '/',
    element: (
      <FeaturesContext.Provider value={features}>
        <ViewerContext.Provider value={viewer}>
          <HomePage />
        </ViewerContext.Provider>
      </FeaturesContext.Provider>
    ),
  },
];

const coordinator: Viewer = {
  id: 'p-lena',
  name: 'Lena Hartmann',
  isManager: false,
  isCoordinator: true,
  isAlumnus: false,
};

const answers: Answers = {
  MyWorkshopCycle: () => ({ data: { myWorkshopCycle: null } }),
  TandemHome: () => ({
    data: {
      myBuddyPairings: [
        {
          id: 'p1',
          status: 'PROPOSED',
          mySide: 'NEW_COORDINATOR',
          timeZone: 'Europe/Berlin',
          pausedUntil: null,
          newCoordinatorAcceptedAt: null,
          buddyAcceptedAt: null,
          newCoordinator: { id: 'p-lena', name: 'Lena Hartmann' },
          buddy: { id: 'anna', name: 'Anna Alt' },
          sessions: [],
        },
      ],
    },
  }),
  NextPeerRoundHome: () => ({
    data: {
      myPeerGroups: [
        {
          id: 'g1',
          name: 'Runde Nord-Ost',
          nextRound: {
            id: 'r1',
            startsAt: '2099-01-15T17:00:00Z',
            endsAt: '2099-01-15T18:30:00Z',
            myRsvp: 'YES',
            time: { date: '2099-01-15', timeZone: 'Europe/Berlin' },
          },
        },
      ],
    },
  }),
  LocalCycleHome: () => ({ data: { myLocalCycle: null } }),
};

describe('home page', () => {
  it('shows a coordinator the next workshop first, then what their tandem and peer rounds need; a section with nothing stays out', async () => {
    const { calls } = await renderAt('/', routes(coordinator), answers);
    await screen.findByRole('heading', { level: 2, name: 'Kollegiale Runden' });
    await screen.findByRole('heading', { level: 2, name: 'Mein Tandem' });
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('LocalCycleHome'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Ihr nächster Workshop',
      'Mein Tandem',
      'Kollegiale Runden',
    ]);
    expect(screen.queryByRole('heading', { name: 'Mein Zyklus vor Ort' })).not.toBeInTheDocument();
  });

  it('asks nothing of the three sections for a program manager who is neither coordinator nor alumnus', async () => {
    const { calls } = await renderAt(
      '/',
      routes({ ...coordinator, isManager: true, isCoordinator: false }),
    );
    await screen.findByRole('heading', { level: 1, name: 'Willkommen, Lena Hartmann' });
    await waitFor(() => expect(calls.map((c) => c.name)).toContain('ManagerCohorts'));
    for (const section of ['TandemHome', 'NextPeerRoundHome', 'LocalCycleHome']) {
      expect(calls.map((c) => c.name)).not.toContain(section);
    }
  });
});
