import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { TandemHomeSection } from './TandemHomeSection';

const routes = [
  {
    path: '/',
    element: (
      <section data-testid="home-section">
        <TandemHomeSection />
      </section>
    ),
  },
];

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

function pairing(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    status: 'ACTIVE',
    mySide: 'NEW_COORDINATOR',
    timeZone: 'Europe/Berlin',
    pausedUntil: null,
    newCoordinatorAcceptedAt: '2026-11-02T10:00:00Z',
    buddyAcceptedAt: '2026-11-02T11:00:00Z',
    newCoordinator: { id: 'nora', name: 'Nora Neu' },
    buddy: { id: 'anna', name: 'Anna Alt' },
    sessions: [],
    ...overrides,
  };
}

function session(id: string, startsAt: string, endsAt: string, status = 'PLANNED') {
  return { id, status, startsAt, endsAt };
}

const answering = (pairings: unknown[]) => ({
  TandemHome: () => ({ data: { myBuddyPairings: pairings } }),
});

describe('home: Mein Tandem', () => {
  it('puts a proposal waiting for the person’s answer first, with "Antworten" to the pairing', async () => {
    await renderAt(
      '/',
      routes,
      answering([
        pairing({
          id: 'p2',
          status: 'PROPOSED',
          mySide: 'BUDDY',
          newCoordinatorAcceptedAt: '2026-12-01T09:00:00Z',
          buddyAcceptedAt: null,
          newCoordinator: { id: 'jonas', name: 'Jonas Weber' },
        }),
        pairing({ sessions: [session('s1', inDays(2), inDays(2.05))] }),
      ]),
    );
    await screen.findByRole('heading', { level: 2, name: 'Mein Tandem' });
    expect(
      screen.getByText('Ein Tandem mit Jonas Weber ist vorgeschlagen und wartet auf Ihre Antwort.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Antworten' })).toHaveAttribute('href', '/tandem/p2');
    expect(screen.queryByText(/Nächstes Treffen/)).not.toBeInTheDocument();
  });

  it('shows the next planned session in the pairing’s time zone, with the partner', async () => {
    await renderAt(
      '/',
      routes,
      answering([
        pairing({
          timeZone: 'America/New_York',
          sessions: [
            session('old', '2026-01-10T16:00:00Z', '2026-01-10T17:00:00Z', 'HELD'),
            session('later', '2099-03-01T15:00:00Z', '2099-03-01T16:00:00Z'),
            session('cancelled', '2099-01-02T15:00:00Z', '2099-01-02T16:00:00Z', 'CANCELLED'),
            // 22:00 on 15 January in New York is already the 16th in Berlin.
            session('next', '2099-01-16T03:00:00Z', '2099-01-16T04:00:00Z'),
          ],
        }),
      ]),
    );
    const link = await screen.findByRole('link', { name: 'Nächstes Treffen mit Anna Alt' });
    expect(link).toHaveAttribute('href', '/tandem/p1');
    expect(screen.getByText('Do., 15. Jan. 2099, 22:00–23:00 (GMT-5)')).toBeInTheDocument();
  });

  it('a proposal the person has accepted waits for the other: one line and the way to Mein Tandem', async () => {
    await renderAt(
      '/',
      routes,
      answering([
        pairing({
          status: 'PROPOSED',
          newCoordinatorAcceptedAt: '2026-12-01T09:00:00Z',
          buddyAcceptedAt: null,
        }),
      ]),
    );
    await screen.findByText(/Sie haben zugesagt; es fehlt noch die Zusage von Anna Alt\./);
    expect(screen.getByRole('link', { name: 'Zu Mein Tandem' })).toHaveAttribute('href', '/tandem');
    expect(screen.queryByRole('link', { name: 'Antworten' })).not.toBeInTheDocument();
  });

  it('an active pairing without a planned session says so', async () => {
    await renderAt(
      '/',
      routes,
      answering([pairing({ sessions: [session('old', inDays(-3), inDays(-2.9))] })]),
    );
    await screen.findByText(/Mit Anna Alt ist kein Treffen geplant\./);
    expect(screen.getByRole('link', { name: 'Zu Mein Tandem' })).toBeInTheDocument();
  });

  it('shows nothing at all without a current pairing (none, or only ended and declined ones)', async () => {
    for (const pairings of [
      [],
      [pairing({ status: 'ENDED' }), pairing({ id: 'p3', status: 'DECLINED' })],
    ]) {
      const { calls, unmount } = await renderAt('/', routes, answering(pairings));
      await waitFor(() => expect(screen.getByTestId('home-section')).toBeEmptyDOMElement());
      expect(calls.map((c) => c.name)).toEqual(['TandemHome']);
      unmount();
    }
  });
});
