import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../../../test/render';
import { TandemPage } from './TandemPage';

// No pause between keystrokes: typing dates and links stays fast in jsdom.
const userEvent = userEventLib.setup({ delay: null });

const routes = [{ path: '/tandem/:id', element: <TandemPage /> }];

function pairing(overrides: Record<string, unknown> = {}) {
  return {
    id: 'p1',
    status: 'ACTIVE',
    mySide: 'NEW_COORDINATOR',
    cohortId: 'c6',
    cohortNumber: 6,
    timeZone: 'Europe/Berlin',
    networkName: 'MagdeMINT',
    proposedAt: '2026-11-01T10:00:00Z',
    pausedUntil: null,
    newCoordinator: { id: 'nora', name: 'Nora Neu', email: 'nora@example.org' },
    buddy: { id: 'anna', name: 'Anna Alt', email: 'anna@example.org' },
    newCoordinatorAcceptedAt: '2026-11-02T10:00:00Z',
    buddyAcceptedAt: '2026-11-02T11:00:00Z',
    activatedAt: '2026-11-02T11:00:00Z',
    declinedBy: null,
    declinedAt: null,
    declineReason: null,
    withdrawnAt: null,
    endedAt: null,
    endReason: null,
    endNote: null,
    sessionsHeld: 0,
    reasons: [{ code: 'SAME_BUNDESLAND', points: 40, detail: 'Sachsen-Anhalt' }],
    sessions: [],
    goals: [],
    myFeedback: null,
    ...overrides,
  };
}

const endsBeforeStart = {
  message: 'Ungültige Eingabe',
  extensions: {
    code: 'BAD_USER_INPUT',
    reason: 'ENDS_BEFORE_START',
    fields: [
      {
        field: 'endsAt',
        message: 'Das Ende muss nach dem Beginn liegen.',
        reason: 'ENDS_BEFORE_START',
      },
    ],
  },
};

describe('Mein Tandem: one pairing', () => {
  it('shows the partner’s email while active, and names the empty fields of a session before sending', async () => {
    const { calls } = await renderAt('/tandem/p1', routes, {
      Tandem: () => ({ data: { buddyPairing: pairing() } }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Tandem mit Anna Alt' });
    expect(screen.getByRole('link', { name: 'anna@example.org' })).toHaveAttribute(
      'href',
      'mailto:anna@example.org',
    );

    const plan = screen.getByRole('region', { name: 'Treffen planen' });
    await userEvent.click(within(plan).getByRole('button', { name: 'Treffen planen' }));

    for (const label of ['Datum', 'Beginn', 'Ende']) {
      const field = within(plan).getByLabelText(new RegExp(`^${label}`));
      expect(field).toHaveAttribute('aria-invalid', 'true');
      expect(field).toHaveAccessibleDescription('Bitte ausfüllen.');
    }
    expect(calls.filter((c) => c.name === 'PlanTandemSession')).toEqual([]);
  });

  it('sends the session in German time and shows the server’s refusal next to the end', async () => {
    const { calls } = await renderAt('/tandem/p1', routes, {
      Tandem: () => ({ data: { buddyPairing: pairing() } }),
      PlanTandemSession: () => ({ errors: [endsBeforeStart] }),
    });
    const plan = await screen.findByRole('region', { name: 'Treffen planen' });
    await userEvent.type(within(plan).getByLabelText(/^Datum/), '2027-01-12');
    await userEvent.type(within(plan).getByLabelText(/^Beginn/), '17:00');
    await userEvent.type(within(plan).getByLabelText(/^Ende/), '16:00');
    await userEvent.type(
      within(plan).getByLabelText('Link zum Online-Treffen'),
      'https://meet.example.org/tandem',
    );
    await userEvent.type(within(plan).getByLabelText('Thema (optional)'), 'Förderanträge');
    await userEvent.click(within(plan).getByRole('button', { name: 'Treffen planen' }));

    const end = within(plan).getByLabelText(/^Ende/);
    await waitFor(() =>
      expect(end).toHaveAccessibleDescription('Das Ende muss nach dem Beginn liegen.'),
    );
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(within(plan).getByLabelText(/^Beginn/)).not.toHaveAttribute('aria-invalid', 'true');
    expect(calls.find((c) => c.name === 'PlanTandemSession')?.variables).toEqual({
      input: {
        pairingId: 'p1',
        startsAt: '2027-01-12T16:00:00.000Z',
        endsAt: '2027-01-12T15:00:00.000Z',
        format: 'ONLINE',
        place: null,
        onlineUrl: 'https://meet.example.org/tandem',
        topic: 'Förderanträge',
      },
    });
  }, 40_000);

  it('answers a proposal: the email stays hidden, a decline needs the reason the server asks for', async () => {
    const proposed = pairing({
      status: 'PROPOSED',
      buddy: { id: 'anna', name: 'Anna Alt', email: null },
      newCoordinatorAcceptedAt: null,
      buddyAcceptedAt: '2026-11-02T11:00:00Z',
      activatedAt: null,
    });
    const { calls } = await renderAt('/tandem/p1', routes, {
      Tandem: () => ({ data: { buddyPairing: proposed } }),
      DeclineTandem: () => ({
        errors: [
          {
            message: 'Ungültige Eingabe',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'reason', message: 'Bitte einen Grund nennen.' }],
            },
          },
        ],
      }),
    });
    const answer = await screen.findByRole('region', { name: 'Vorschlag beantworten' });
    expect(within(answer).getByText('Anna Alt hat schon zugesagt.')).toBeInTheDocument();
    expect(
      within(answer).getByText('gleiches Bundesland (Sachsen-Anhalt): 40 Punkte'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /@example.org/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Treffen' })).toBeNull();

    await userEvent.click(within(answer).getByRole('button', { name: 'Ablehnen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Vorschlag ablehnen' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Absage senden' }));
    const reason = within(dialog).getByLabelText(/^Grund/);
    await waitFor(() => expect(reason).toHaveAccessibleDescription('Bitte einen Grund nennen.'));
    expect(calls.find((c) => c.name === 'DeclineTandem')?.variables).toEqual({
      input: { id: 'p1', reason: '' },
    });
  });

  it('accepts a proposal', async () => {
    let accepted = false;
    const { calls } = await renderAt('/tandem/p1', routes, {
      Tandem: () => ({
        data: {
          buddyPairing: pairing({
            status: 'PROPOSED',
            newCoordinatorAcceptedAt: accepted ? '2026-11-03T10:00:00Z' : null,
            buddyAcceptedAt: null,
          }),
        },
      }),
      AcceptTandem: () => {
        accepted = true;
        return { data: { acceptBuddyPairing: pairing({ status: 'PROPOSED' }) } };
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Zusagen' }));
    await waitFor(() =>
      expect(calls.find((c) => c.name === 'AcceptTandem')?.variables).toEqual({ id: 'p1' }),
    );
  });
});
