import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { SeriesForm } from './SeriesForm';

const routes = [
  { path: '/runden/gruppen/:id', element: <SeriesForm groupId="g1" onDone={() => {}} /> },
];

const series = (skippedDates: string[]) => ({
  data: {
    planPeerRounds: {
      __typename: 'PeerRoundSeries',
      seriesId: 's1',
      skippedDates,
      rounds: [],
    },
  },
});

const END = /^Ende\W*$/;

/** Date, time and number fields take their value as a whole (as a browser's picker sets it). */
function set(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

function fillValid() {
  set(/Erste Runde am/, '2027-03-04');
  set(/Alle … Wochen/, '3');
  set('Link (https)', 'https://meet.example.org/runde');
}

describe('planning a series', () => {
  it('asks the server nothing while the form has problems, and says which', async () => {
    const { calls } = await renderAt('/runden/gruppen/g1', routes, {
      PlanPeerRounds: () => series([]),
    });
    set(/Anzahl Runden/, '60');
    set(END, '17:00');
    await userEvent.click(screen.getByRole('button', { name: 'Reihe planen' }));

    expect(screen.getByLabelText(/Erste Runde am/)).toHaveAccessibleDescription('Bitte ausfüllen.');
    expect(screen.getByLabelText(/Anzahl Runden/)).toHaveAccessibleDescription(
      'Eine Reihe hat höchstens 52 Runden.',
    );
    expect(screen.getByLabelText(END)).toHaveAccessibleDescription(
      'Das Ende muss nach dem Beginn liegen.',
    );
    expect(screen.getByLabelText('Link (https)')).toHaveAccessibleDescription(
      'Bitte einen Link, der mit https:// beginnt.',
    );
    expect(calls).toEqual([]);
  });

  it('plans with a count or an end date and shows the holidays the server left out', async () => {
    const { calls } = await renderAt('/runden/gruppen/g1', routes, {
      PlanPeerRounds: () => series(['2027-04-05']),
    });
    fillValid();
    await userEvent.click(screen.getByLabelText('Bis zu einem Datum'));
    set(/Letzter möglicher Tag/, '2027-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Reihe planen' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Diese Tage fallen auf einen Feiertag und wurden ausgelassen:',
    );
    expect(screen.getByRole('status')).toHaveTextContent('5. Apr. 2027');
    expect(calls).toEqual([
      {
        name: 'PlanPeerRounds',
        variables: {
          input: {
            groupId: 'g1',
            firstDate: '2027-03-04',
            startTime: '18:00',
            endTime: '19:30',
            everyWeeks: 3,
            until: '2027-06-30',
            format: 'ONLINE',
            onlineUrl: 'https://meet.example.org/runde',
          },
        },
      },
    ]);
  });

  it('shows the server’s refusal next to the field it names', async () => {
    await renderAt('/runden/gruppen/g1', routes, {
      PlanPeerRounds: () => ({
        errors: [
          {
            message: 'Ungültige Eingabe',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'IN_THE_PAST',
              fields: [
                {
                  field: 'firstDate',
                  message: 'Die Runde läge in der Vergangenheit.',
                  reason: 'IN_THE_PAST',
                },
              ],
            },
          },
        ],
      }),
    });
    fillValid();
    await userEvent.click(screen.getByRole('button', { name: 'Reihe planen' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Erste Runde am/)).toHaveAccessibleDescription(
        'Die Runde läge in der Vergangenheit.',
      ),
    );
    expect(screen.queryByRole('status')).toBeNull();
  });
});
