import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { MatchingPage } from './MatchingPage';

const routes = [{ path: '/cohorts/:id/buddy-matching', element: <MatchingPage /> }];

const reason = (code: string, points: number, detail: string) => ({ code, points, detail });
const candidate = (id: string, name: string, score: number, reasons: unknown[], free = 1) => ({
  buddy: { id, name },
  networkName: `${name.split(' ')[0]}-Netz`,
  score,
  capacity: 2,
  load: 2 - free,
  free,
  reasons,
});

const suggestions = {
  cohort: { id: 'c6', number: 6, title: 'Durchgang 2026' },
  buddySuggestions: {
    totalScore: 95,
    greedyScore: 75,
    newcomers: [
      {
        newCoordinator: { id: 'nora', name: 'Nora Neu' },
        networkName: 'MagdeMINT',
        bundesland: 'SACHSEN_ANHALT',
        topics: ['FOERDERUNG'],
        candidates: [
          candidate('anna', 'Anna Alt', 75, [
            reason('SAME_BUNDESLAND', 40, 'Sachsen-Anhalt'),
            reason('SAME_NETWORK_KIND', 10, 'MINT_REGION'),
            reason('SHARED_TOPICS', 10, 'Förderung'),
          ]),
          candidate('bernd', 'Bernd Berg', 20, [
            reason('NEIGHBOURING_BUNDESLAND', 20, 'Sachsen – Sachsen-Anhalt'),
          ]),
        ],
      },
      {
        newCoordinator: { id: 'otto', name: 'Otto Ost' },
        networkName: 'MINTmobil Bamberg',
        bundesland: 'BAYERN',
        topics: [],
        candidates: [candidate('anna', 'Anna Alt', 30, [reason('LANGUAGE', 15, 'de')])],
      },
    ],
    proposal: [
      { newCoordinator: { id: 'nora' }, buddy: { id: 'bernd' }, score: 20 },
      { newCoordinator: { id: 'otto' }, buddy: { id: 'anna' }, score: 30 },
    ],
  },
};

describe('the matching board', () => {
  it('spells out the reasons and preselects the proposed assignment', async () => {
    await renderAt('/cohorts/c6/buddy-matching', routes, {
      BuddyMatching: () => ({ data: suggestions }),
    });

    const nora = await screen.findByRole('region', { name: 'Nora Neu' });
    expect(within(nora).getByText('Wünsche: Förderung')).toBeInTheDocument();
    expect(
      within(nora).getByText(
        '1 von 2 Plätzen frei · gleiches Bundesland (Sachsen-Anhalt): 40 Punkte; gleiche Art von Netzwerk (MINT-Region): 10 Punkte; gemeinsame Themen (Förderung): 10 Punkte',
      ),
    ).toBeInTheDocument();
    // The assignment gives Nora Bernd (Anna goes to Otto), although Anna ranks first for her.
    expect(within(nora).getByRole('radio', { name: /Bernd Berg/ })).toBeChecked();
    expect(within(nora).getByRole('checkbox', { name: 'Nora Neu vorschlagen' })).toBeChecked();
    expect(
      screen.getByText('Vorgeschlagene Zuordnung: 95 Punkte (Auswahl der Reihe nach: 75 Punkte)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ausgewählte vorschlagen (2)' })).toBeEnabled();
  });

  it('proposes the selected rows in one go, with the buddy chosen in each', async () => {
    const { calls } = await renderAt('/cohorts/c6/buddy-matching', routes, {
      BuddyMatching: () => ({ data: suggestions }),
      ProposeTandems: () => ({
        data: { proposeBuddyPairings: [{ id: 'p1', status: 'PROPOSED' }] },
      }),
    });
    const nora = await screen.findByRole('region', { name: 'Nora Neu' });
    await userEvent.click(within(nora).getByRole('radio', { name: /Anna Alt/ }));
    const otto = screen.getByRole('region', { name: 'Otto Ost' });
    await userEvent.click(within(otto).getByRole('checkbox', { name: 'Otto Ost vorschlagen' }));

    await userEvent.click(screen.getByRole('button', { name: 'Ausgewählte vorschlagen (1)' }));

    await waitFor(() => expect(calls.map((c) => c.name)).toContain('ProposeTandems'));
    expect(calls.find((c) => c.name === 'ProposeTandems')?.variables).toEqual({
      input: { cohortId: 'c6', pairs: [{ newCoordinatorId: 'nora', buddyId: 'anna' }] },
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      '1 Tandem vorgeschlagen; beide bekommen eine E-Mail.',
    );
  });

  it('shows a refusal next to the row it concerns', async () => {
    const message = 'Dieser Buddy hat keinen freien Platz mehr.';
    await renderAt('/cohorts/c6/buddy-matching', routes, {
      BuddyMatching: () => ({ data: suggestions }),
      ProposeTandems: () => ({
        errors: [
          {
            message: 'Ungültige Eingabe',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'BEYOND_CAPACITY',
              fields: [{ field: 'pairs.1.buddyId', message, reason: 'BEYOND_CAPACITY' }],
            },
          },
        ],
      }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Ausgewählte vorschlagen (2)' }),
    );

    const otto = screen.getByRole('region', { name: 'Otto Ost' });
    expect(await within(otto).findByRole('alert')).toHaveTextContent(message);
    expect(
      within(screen.getByRole('region', { name: 'Nora Neu' })).queryByRole('alert'),
    ).toBeNull();
  });

  it('says so when every new coordinator has a pairing', async () => {
    await renderAt('/cohorts/c6/buddy-matching', routes, {
      BuddyMatching: () => ({
        data: {
          ...suggestions,
          buddySuggestions: { totalScore: 0, greedyScore: 0, newcomers: [], proposal: [] },
        },
      }),
    });
    expect(
      await screen.findByText(
        'Alle neuen Koordinator:innen haben ein Tandem oder einen offenen Vorschlag.',
      ),
    ).toBeInTheDocument();
  });
});
