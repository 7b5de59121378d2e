import { screen, waitFor } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { BuddyProfilePage } from './BuddyProfilePage';

const userEvent = userEventLib.setup({ delay: null });
const routes = [{ path: '/buddy-profile', element: <BuddyProfilePage /> }];

const profile = {
  capacity: 1,
  topics: ['FOERDERUNG'],
  bundeslaender: ['SACHSEN'],
  languages: ['de'],
  load: 1,
  updatedAt: '2026-11-01T10:00:00Z',
};

describe('the buddy profile', () => {
  it('saves capacity, topics, Bundesländer and languages as one profile', async () => {
    const { calls } = await renderAt('/buddy-profile', routes, {
      MyBuddyProfile: () => ({ data: { myBuddyProfile: profile } }),
      UpdateMyBuddyProfile: () => ({
        data: { updateMyBuddyProfile: { ...profile, capacity: 2 } },
      }),
    });
    expect(await screen.findByText('Zurzeit aktive Tandems: 1')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Förderung' })).toBeChecked();

    await userEvent.selectOptions(screen.getByLabelText('Wie viele Tandems gleichzeitig?'), '2');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Wirkungslogik' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Sachsen-Anhalt' }));
    const languages = screen.getByLabelText(/^Sprachen/);
    await userEvent.clear(languages);
    await userEvent.type(languages, 'de, EN');
    await userEvent.click(screen.getByRole('button', { name: 'Profil speichern' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ihr Buddy-Profil ist gespeichert.',
    );
    expect(calls.find((c) => c.name === 'UpdateMyBuddyProfile')?.variables).toEqual({
      input: {
        capacity: 2,
        topics: ['FOERDERUNG', 'WIRKUNGSLOGIK'],
        bundeslaender: ['SACHSEN', 'SACHSEN_ANHALT'],
        languages: ['de', 'en'],
      },
    });
  }, 40_000);

  it('invites someone without a profile, and shows a bad language next to its field', async () => {
    await renderAt('/buddy-profile', routes, {
      MyBuddyProfile: () => ({ data: { myBuddyProfile: null } }),
      UpdateMyBuddyProfile: () => ({
        errors: [
          {
            message: 'Ungültige Eingabe',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'languages', message: 'Bitte Sprachkürzel wie „de“.' }],
            },
          },
        ],
      }),
    });
    expect(
      await screen.findByText(
        'Sie haben noch kein Buddy-Profil. Mit dem Speichern bieten Sie sich als Buddy an.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Profil speichern' }));
    const languages = screen.getByLabelText(/^Sprachen/);
    await waitFor(() =>
      expect(languages).toHaveAccessibleDescription('Bitte Sprachkürzel wie „de“.'),
    );
  });
});
