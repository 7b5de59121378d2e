import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readSession } from '../../../app/auth/session';
import { renderAt } from '../../../test/render';
import { SignInPage } from './SignInPage';

const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/', element: <p>home</p> },
  { path: '/tandem/:id', element: <p>tandem</p> },
];

const signedIn = () => ({
  data: {
    signIn: {
      __typename: 'SignInResult',
      accessToken: 'access',
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      person: { __typename: 'Person', id: 'p1', name: 'Lena', preferredLanguage: 'DE' },
    },
  },
});

const usedLink = {
  message: 'Dieser Anmeldelink wurde schon verwendet. Bitte fordern Sie einen neuen an.',
  extensions: { code: 'UNAUTHENTICATED', reason: 'LINK_USED' },
};

describe('the sign-in page', () => {
  it('takes the token out of the address and spends it only on a click', async () => {
    const { router, calls } = await renderAt('/sign-in?token=secret-token', routes, {
      SignIn: () => ({
        data: {
          signIn: {
            __typename: 'SignInResult',
            accessToken: 'access',
            expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
            person: { __typename: 'Person', id: 'p1', name: 'Lena', preferredLanguage: 'DE' },
          },
        },
      }),
    });

    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(calls).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(calls).toEqual([{ name: 'SignIn', variables: { token: 'secret-token' } }]);
    expect(readSession()?.accessToken).toBe('access');
  });

  it('offers a new link when the link was used', async () => {
    const { calls } = await renderAt('/sign-in?token=used', routes, {
      SignIn: () => ({ errors: [usedLink] }),
      RequestSignInLink: () => ({ data: { requestSignInLink: true } }),
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Anmelden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(usedLink.message);
    await userEvent.type(screen.getByLabelText(/E-Mail-Adresse/), 'lena@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Anmeldelink senden' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Wenn die Adresse lena@example.org bei Zyklus bekannt ist',
    );
    expect(calls.at(-1)).toEqual({
      name: 'RequestSignInLink',
      variables: { email: 'lena@example.org' },
    });
    expect(readSession()).toBeNull();
  });

  it('opens the page the mailed link names after signing in, from a fresh tab', async () => {
    const { router } = await renderAt('/sign-in?token=secret-token&next=%2Ftandem%2F7', routes, {
      SignIn: signedIn,
    });

    await waitFor(() => expect(router.state.location.search).toBe(''));
    await userEvent.click(screen.getByRole('button', { name: 'Anmelden' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/tandem/7'));
    expect(screen.getByText('tandem')).toBeInTheDocument();
  });

  it('never leaves the app for a link whose page is another site', async () => {
    const { router } = await renderAt(
      '/sign-in?token=secret-token&next=%2F%2Fevil.example',
      routes,
      {
        SignIn: signedIn,
      },
    );

    await userEvent.click(await screen.findByRole('button', { name: 'Anmelden' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(screen.getByText('home')).toBeInTheDocument();
  });

  it('asks for a new link to the same page when the link had expired', async () => {
    const { calls } = await renderAt('/sign-in?token=used&next=%2Ftandem%2F7', routes, {
      SignIn: () => ({ errors: [usedLink] }),
      RequestSignInLink: () => ({ data: { requestSignInLink: true } }),
    });

    await userEvent.click(await screen.findByRole('button', { name: 'Anmelden' }));
    await userEvent.type(await screen.findByLabelText(/E-Mail-Adresse/), 'lena@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Anmeldelink senden' }));

    await screen.findByRole('status');
    expect(calls.at(-1)).toEqual({
      name: 'RequestSignInLink',
      variables: { email: 'lena@example.org', next: '/tandem/7' },
    });
  });

  it('shows the message of a bad address next to the field', async () => {
    await renderAt('/sign-in', routes, {
      RequestSignInLink: () => ({
        errors: [
          {
            message: 'Ungültige Eingabe',
            extensions: {
              code: 'BAD_USER_INPUT',
              reason: 'INVALID_EMAIL',
              fields: [
                {
                  field: 'email',
                  message: 'Keine gültige E-Mail-Adresse.',
                  reason: 'INVALID_EMAIL',
                },
              ],
            },
          },
        ],
      }),
    });

    await userEvent.type(screen.getByLabelText(/E-Mail-Adresse/), 'nope');
    await userEvent.click(screen.getByRole('button', { name: 'Anmeldelink senden' }));

    const field = screen.getByLabelText(/E-Mail-Adresse/);
    await waitFor(() => expect(field).toHaveAccessibleDescription('Keine gültige E-Mail-Adresse.'));
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });

  it('says in words when there were too many requests', async () => {
    await renderAt('/sign-in', routes, {
      RequestSignInLink: () => ({
        errors: [
          {
            message: 'Zu viele Anmeldeversuche. Bitte versuchen Sie es in 15 Minuten noch einmal.',
            extensions: { code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_REQUESTS' },
          },
        ],
      }),
    });

    await userEvent.type(screen.getByLabelText(/E-Mail-Adresse/), 'lena@example.org');
    await userEvent.click(screen.getByRole('button', { name: 'Anmeldelink senden' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('in 15 Minuten noch einmal');
  });
});
