import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderAt } from '../../../test/render';
import { ManagerRounds } from './ManagerRounds';

const userEvent = userEventLib.setup({ delay: null });

/** A planned round a week ahead, 18:00–19:30 in Berlin. */
function round() {
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  return {
    __typename: 'PeerRound' as const,
    id: 'r1',
    status: 'PLANNED' as const,
    startsAt: `${day}T17:00:00Z`,
    endsAt: `${day}T18:30:00Z`,
    format: 'ONLINE' as const,
    place: null,
    onlineUrl: 'https://meet.example.org/runde',
    cancellationReason: null,
    seriesId: null,
    time: { date: day, startTime: '18:00:00', endTime: '19:30:00', timeZone: 'Europe/Berlin' },
    roles: [],
    rsvpCounts: { yes: 2, no: 0, maybe: 1 },
    attendanceCount: null,
  };
}

async function renderRounds(answers: Parameters<typeof renderAt>[2]) {
  const onDone = vi.fn();
  const planned = round();
  const view = await renderAt(
    '/runden/gruppen/g1',
    [
      {
        path: '/runden/gruppen/:id',
        element: <ManagerRounds group={{ id: 'g1', rounds: [planned] }} editable onDone={onDone} />,
      },
    ],
    answers,
  );
  return { ...view, onDone, planned };
}

describe("a program manager's rounds", () => {
  it('cancels a round in a dialog named by its day, with the reason the members read', async () => {
    const { calls, onDone, planned } = await renderRounds({
      CancelPeerRound: () => ({
        data: {
          cancelPeerRound: {
            ...planned,
            status: 'CANCELLED',
            cancellationReason: 'Zu wenige Zusagen',
          },
        },
      }),
    });
    await userEvent.click(screen.getByRole('button', { name: /^Absagen: Runde am / }));
    const dialog = await screen.findByRole('dialog', { name: /^Absagen: Runde am / });
    const reason = within(dialog).getByLabelText(/^Grund der Absage \(die Mitglieder lesen ihn\)/);
    await waitFor(() => expect(reason).toHaveFocus());
    await userEvent.type(reason, 'Zu wenige Zusagen');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Runde absagen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls.find((c) => c.name === 'CancelPeerRound')?.variables).toEqual({
      input: { roundId: 'r1', reason: 'Zu wenige Zusagen' },
    });
    expect(onDone).toHaveBeenCalledOnce();
  });

  it('moves a round from its day and times as planned', async () => {
    const { calls, planned } = await renderRounds({
      MovePeerRound: () => ({ data: { movePeerRound: planned } }),
    });
    const card = screen.getByRole('article');
    await userEvent.click(within(card).getByRole('button', { name: /^Verschieben: Runde am / }));
    expect(within(card).getByLabelText('Tag')).toHaveValue(planned.time.date);
    expect(within(card).getByLabelText('Ende')).toHaveValue('19:30');
    fireEvent.change(within(card).getByLabelText('Beginn'), { target: { value: '18:30' } });
    await userEvent.click(within(card).getByRole('button', { name: 'Verschieben' }));

    await waitFor(() =>
      expect(calls.find((c) => c.name === 'MovePeerRound')?.variables).toEqual({
        input: { roundId: 'r1', date: planned.time.date, startTime: '18:30', endTime: '19:30' },
      }),
    );
  });
});
