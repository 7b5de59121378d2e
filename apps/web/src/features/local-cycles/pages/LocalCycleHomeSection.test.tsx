import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { LocalCycleHomeSection } from './LocalCycleHomeSection';

const routes = [
  {
    path: '/',
    element: (
      <section data-testid="home-section">
        <LocalCycleHomeSection />
      </section>
    ),
  },
];

function workshop(id: string, title: string, status: string, days: [string, string][]) {
  return { id, title, status, days: days.map(([date, endsAt]) => ({ date, endsAt })) };
}

const answering = (cycle: unknown) => ({
  LocalCycleHome: () => ({ data: { myLocalCycle: cycle } }),
});

describe('home: Mein Zyklus vor Ort', () => {
  it('tells the cycle’s state and its local workshops in one line, the next one’s day, and links the cycle', async () => {
    await renderAt(
      '/',
      routes,
      answering({
        id: 'lc1',
        status: 'RUNNING',
        workshops: [
          workshop('w1', 'Infoveranstaltung', 'HELD', [['2026-01-12', '2026-01-12T17:00:00Z']]),
          workshop('w2', 'Einführung in die Selbstanalyse', 'CANCELLED', [
            ['2099-01-20', '2099-01-20T17:00:00Z'],
          ]),
          workshop('w3', 'Beratungsgespräche', 'DRAFT', [['2099-03-02', '2099-03-02T17:00:00Z']]),
          workshop('w4', 'Reflexionsworkshop', 'PUBLISHED', [
            ['2099-02-04', '2099-02-04T17:00:00Z'],
            ['2099-02-05', '2099-02-05T17:00:00Z'],
          ]),
          workshop('w5', 'Abschluss', 'DRAFT', [['2099-04-01', '2099-04-01T17:00:00Z']]),
        ],
      }),
    );
    await screen.findByRole('heading', { level: 2, name: 'Mein Zyklus vor Ort' });
    expect(
      screen.getByText('Läuft · Workshops vor Ort: 2 Entwürfe, 1 veröffentlicht, 1 durchgeführt'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Nächster: Reflexionsworkshop am Mi., 4. Feb. 2099'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zum Zyklus vor Ort' })).toHaveAttribute(
      'href',
      '/my-local-cycle',
    );
  });

  it('a cycle without local workshops says so, and names no next one', async () => {
    await renderAt('/', routes, answering({ id: 'lc1', status: 'PLANNED', workshops: [] }));
    await screen.findByText('Geplant · noch kein Workshop vor Ort');
    expect(screen.queryByText(/Nächster/)).not.toBeInTheDocument();
  });

  it('shows nothing while the coordinator has no local cycle', async () => {
    const { calls } = await renderAt('/', routes, answering(null));
    await waitFor(() => expect(screen.getByTestId('home-section')).toBeEmptyDOMElement());
    expect(calls.map((c) => c.name)).toEqual(['LocalCycleHome']);
  });
});
