import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { cycleFixture } from '../local-cycle.fixture';
import { AttendancePanel } from './AttendancePanel';

const cycle = cycleFixture();

describe('the local attendance matrix', { timeout: 90_000 }, () => {
  it('edits cells by keyboard and saves only the changed ones in one go', async () => {
    const { calls } = await renderAt(
      '/',
      [
        {
          path: '/',
          element: <AttendancePanel cycle={cycle} editable onSaved={() => undefined} />,
        },
      ],
      { SaveLocalAttendance: () => ({ data: { saveLocalAttendance: cycle } }) },
    );

    const saved = screen.getByLabelText('Schülerlabor Elbe bei Infoveranstaltung');
    expect(saved).toHaveValue('ATTENDED');
    expect(screen.getByLabelText('Personen: Schülerlabor Elbe bei Infoveranstaltung')).toHaveValue(
      3,
    );
    const save = screen.getByRole('button', { name: 'Anwesenheit speichern (0 Änderungen)' });
    expect(save).toBeDisabled();

    // Keyboard only: focus the cell, choose with the arrow keys, Tab to the head count.
    const cell = screen.getByLabelText('Robotik-AG Stadtfeld bei Infoveranstaltung');
    cell.focus();
    await userEvent.selectOptions(cell, 'EXCUSED');
    await userEvent.tab();
    expect(
      screen.getByLabelText('Personen: Robotik-AG Stadtfeld bei Infoveranstaltung'),
    ).toHaveFocus();
    await userEvent.selectOptions(
      screen.getByLabelText('Schülerlabor Elbe bei Reflexionsworkshop'),
      'ATTENDED',
    );
    await userEvent.type(
      screen.getByLabelText('Personen: Schülerlabor Elbe bei Reflexionsworkshop'),
      '4',
    );
    // A head count needs a status: without one the field stays closed.
    expect(
      screen.getByLabelText('Personen: Robotik-AG Stadtfeld bei Reflexionsworkshop'),
    ).toBeDisabled();

    await userEvent.click(
      screen.getByRole('button', { name: 'Anwesenheit speichern (2 Änderungen)' }),
    );

    expect(await screen.findByRole('status')).toHaveTextContent('Die Anwesenheit ist gespeichert.');
    expect(calls).toEqual([
      {
        name: 'SaveLocalAttendance',
        variables: {
          input: {
            localCycleId: 'c1',
            cells: [
              { localWorkshopId: 'w1', initiativeId: 'i2', status: 'EXCUSED', headCount: null },
              { localWorkshopId: 'w2', initiativeId: 'i1', status: 'ATTENDED', headCount: 4 },
            ],
          },
        },
      },
    ]);
  });

  it('shows a completed cycle without controls', async () => {
    await renderAt('/', [
      {
        path: '/',
        element: (
          <AttendancePanel
            cycle={cycleFixture({ status: 'COMPLETED', readOnly: true })}
            editable={false}
            onSaved={() => undefined}
          />
        ),
      },
    ]);
    expect(screen.getByRole('rowheader', { name: 'Schülerlabor Elbe' })).toBeVisible();
    expect(screen.getByText('Teilgenommen (3)')).toBeVisible();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
