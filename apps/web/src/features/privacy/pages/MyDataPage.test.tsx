import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { MyDataPage } from './MyDataPage';

const routes = [{ path: '/my-data', element: <MyDataPage /> }];

const exportRow = {
  __typename: 'PersonalDataExport',
  id: 'e1',
  personId: 'me',
  requestedAt: '2026-12-06T10:00:00Z',
  expiresAt: '2026-12-13T10:00:00Z',
  downloadedAt: null,
  archiveBytes: 5300,
  archiveUrl: 'http://localhost:3000/exports/personal-data/e1.zip',
};

describe('Meine Daten', () => {
  it('lists exports with their expiry and a download while valid, none once expired', async () => {
    await renderAt('/my-data', routes, {
      MyData: () => ({
        data: {
          personalDataExports: [
            exportRow,
            {
              ...exportRow,
              id: 'e0',
              requestedAt: '2026-11-01T10:00:00Z',
              expiresAt: '2026-11-08T10:00:00Z',
              archiveUrl: null,
            },
          ],
          myErasureRequest: null,
        },
      }),
    });
    expect(await screen.findByText(/Gültig bis 13\.12\.2026/)).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^ZIP herunterladen \(vom .*\)$/ })).toHaveLength(
      1,
    );
    expect(screen.getByText('abgelaufen')).toBeInTheDocument();
  });

  it('asks for erasure only after the tick box, then says the request is open', async () => {
    let requested = false;
    const { calls } = await renderAt('/my-data', routes, {
      MyData: () => ({
        data: {
          personalDataExports: [],
          myErasureRequest: requested
            ? { __typename: 'ErasureRequest', id: 'r1', requestedAt: '2026-12-06T10:00:00Z' }
            : null,
        },
      }),
      RequestMyErasure: () => {
        requested = true;
        return {
          data: {
            requestMyErasure: {
              __typename: 'ErasureRequest',
              id: 'r1',
              requestedAt: '2026-12-06T10:00:00Z',
            },
          },
        };
      },
    });
    const ask = await screen.findByRole('button', { name: 'Löschung beantragen' });
    expect(ask).toBeDisabled();
    expect(screen.getByText(/Eine Person aus der Programmleitung prüft den Antrag/)).toBeVisible();

    await userEvent.click(
      screen.getByLabelText('Ich möchte, dass meine Daten in Zyklus gelöscht werden.'),
    );
    await userEvent.click(ask);

    await waitFor(() => expect(calls.map((c) => c.name)).toContain('RequestMyErasure'));
    expect(await screen.findByText('Ihr Antrag liegt vor')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Löschung beantragen' })).toBeNull();
  });
});
