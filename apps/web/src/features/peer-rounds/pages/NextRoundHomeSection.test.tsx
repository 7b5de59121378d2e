import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { NextRoundHomeSection } from './NextRoundHomeSection';

const routes = [
  {
    path: '/',
    element: (
      <section data-testid="home-section">
        <NextRoundHomeSection />
      </section>
    ),
  },
];

function round(id: string, startsAt: string, endsAt: string, date: string, myRsvp: string | null) {
  return { id, startsAt, endsAt, myRsvp, time: { date, timeZone: 'Europe/Lisbon' } };
}

const answering = (groups: unknown[]) => ({
  NextPeerRoundHome: () => ({ data: { myPeerGroups: groups } }),
});

describe('home: Kollegiale Runden', () => {
  it('shows the soonest next round of the person’s groups, in the round’s zone, with their answer', async () => {
    await renderAt(
      '/',
      routes,
      answering([
        {
          id: 'g1',
          name: 'Runde Süd-West',
          nextRound: round(
            'r-later',
            '2099-02-11T18:00:00Z',
            '2099-02-11T19:30:00Z',
            '2099-02-11',
            null,
          ),
        },
        { id: 'g2', name: 'Runde Ehemalige', nextRound: null },
        {
          id: 'g3',
          name: 'Runde Nord-Ost',
          // 23:30 in Lisbon is already the next day in Berlin.
          nextRound: round(
            'r-next',
            '2099-01-14T23:30:00Z',
            '2099-01-15T01:00:00Z',
            '2099-01-14',
            'MAYBE',
          ),
        },
      ]),
    );
    await screen.findByRole('heading', { level: 2, name: 'Kollegiale Runden' });
    expect(screen.getByRole('link', { name: 'Nächste Runde: Runde Nord-Ost' })).toHaveAttribute(
      'href',
      '/runden/r-next',
    );
    expect(screen.getByText('Mi., 14. Jan. 2099, 23:30–01:00 (WEZ)')).toBeInTheDocument();
    expect(screen.getByText('Ihre Antwort: Vielleicht')).toBeInTheDocument();
    expect(screen.queryByText(/Runde Süd-West/)).not.toBeInTheDocument();
  });

  it('says "Noch keine Antwort" until the person has answered', async () => {
    await renderAt(
      '/',
      routes,
      answering([
        {
          id: 'g1',
          name: 'Runde Süd-West',
          nextRound: round(
            'r1',
            '2099-02-11T18:00:00Z',
            '2099-02-11T19:30:00Z',
            '2099-02-11',
            null,
          ),
        },
      ]),
    );
    await screen.findByRole('link', { name: 'Nächste Runde: Runde Süd-West' });
    expect(screen.getByText('Noch keine Antwort')).toBeInTheDocument();
  });

  it('shows nothing without a planned round (no group, or groups without one)', async () => {
    for (const groups of [[], [{ id: 'g1', name: 'Runde Nord-Ost', nextRound: null }]]) {
      const { calls, unmount } = await renderAt('/', routes, answering(groups));
      await waitFor(() => expect(screen.getByTestId('home-section')).toBeEmptyDOMElement());
      expect(calls.map((c) => c.name)).toEqual(['NextPeerRoundHome']);
      unmount();
    }
  });
});
