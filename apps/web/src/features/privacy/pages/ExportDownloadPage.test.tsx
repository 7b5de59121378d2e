import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerContext } from '../../../app/viewer-context';
import { renderAt, type Answers } from '../../../test/render';
import { ExportDownloadPage } from './ExportDownloadPage';

const viewer = {
  id: 'me',
  name: 'Jonas Weber',
  isManager: false,
  isCoordinator: true,
  isAlumnus: false,
};

const routes = [
  {
    path: '/my-data/exports/:id',
    element: (
      <ViewerContext.Provider value={viewer}>
        <ExportDownloadPage />
      </ViewerContext.Provider>
    ),
  },
];

const refused = (code: string, reason: string): Answers => ({
  PersonalDataExport: () => ({ errors: [{ message: 'refused', extensions: { code, reason } }] }),
});

describe('the page a mailed export link opens', () => {
  it('offers the download of a valid export with its expiry', async () => {
    const { calls } = await renderAt('/my-data/exports/e1', routes, {
      PersonalDataExport: () => ({
        data: {
          personalDataExport: {
            __typename: 'PersonalDataExport',
            id: 'e1',
            personId: 'me',
            requestedAt: '2026-12-06T10:00:00Z',
            expiresAt: '2026-12-13T10:00:00Z',
            downloadedAt: null,
            archiveBytes: 20480,
            archiveUrl: 'http://localhost:3000/exports/personal-data/e1.zip',
          },
        },
      }),
    });
    expect(await screen.findByText(/gültig bis 13\.12\.2026/)).toHaveTextContent('(20 KB)');
    expect(screen.getByRole('button', { name: 'ZIP-Datei herunterladen' })).toBeEnabled();
    expect(calls).toEqual([{ name: 'PersonalDataExport', variables: { id: 'e1' } }]);
  });

  it('says the link expired (EXPORT_EXPIRED) and leads to “Meine Daten”', async () => {
    await renderAt('/my-data/exports/e1', routes, refused('CONFLICT', 'EXPORT_EXPIRED'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dieser Link ist abgelaufen: Exporte sind nur 7 Tage lang abrufbar.',
    );
    expect(screen.getByRole('link', { name: 'Zu „Meine Daten“' })).toHaveAttribute(
      'href',
      '/my-data',
    );
  });

  it('says the export is someone else’s (EXPORT_NOT_YOURS), naming who is signed in', async () => {
    await renderAt('/my-data/exports/e1', routes, refused('FORBIDDEN', 'EXPORT_NOT_YOURS'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dieser Export gehört zu einem anderen Konto. Sie sind als Jonas Weber angemeldet',
    );
  });

  it('says a deleted export is gone (EXPORT_NOT_FOUND)', async () => {
    await renderAt('/my-data/exports/e1', routes, refused('NOT_FOUND', 'EXPORT_NOT_FOUND'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Diesen Export gibt es nicht (mehr).',
    );
  });
});
